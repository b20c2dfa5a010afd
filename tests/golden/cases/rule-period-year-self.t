# No period in the title and only 十四五 named in the text: the draft's
# own plan (--self national-15) gives 2026–2030, so 到2032年 is reported and
# 到2030年 is not.
args: --self national-15 tests/golden/data/rule-period-year-self.txt
rc: 0
---
tests/golden/data/rule-period-year-self.txt:4:46: warning: target year 2032 ("到2032年") is outside the plan period 2026–2030 (from the draft's own plan: "national-15") [period-year]
tests/golden/data/rule-period-year-self.txt: a draft of national-15, checked against its parent plans
