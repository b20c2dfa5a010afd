# --period overrides the title's years: with 2026-2035 only 到2025年 is
# outside (compare rule-period-year-hits).
args: --self national-15 --period 2026-2035 tests/golden/data/rule-period-year-hits.txt
rc: 0
---
tests/golden/data/rule-period-year-hits.txt:7:34: warning: target year 2025 ("到2025年") is outside the plan period 2026–2035 (from --period or the configuration) [period-year]
tests/golden/data/rule-period-year-hits.txt: a draft of national-15, checked against its parent plans
