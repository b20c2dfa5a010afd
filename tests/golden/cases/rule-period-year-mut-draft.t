# Mutation of a clean written draft (compare rule-numbering-draft, the
# unmutated draft):
# 2030年前建成智能工厂 (line 26) became 2032年前; one finding.
args: --self national-15 tests/golden/data/mut-year-draft-target.txt
rc: 0
---
tests/golden/data/mut-year-draft-target.txt:26:39: warning: target year 2032 ("2032年前") is outside the plan period 2026–2030 (from the title: "十五五") [period-year]
tests/golden/data/mut-year-draft-target.txt: a draft of national-15, checked against its parent plans
