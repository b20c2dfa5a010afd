# Hits of period-year: each line of the input after the heading carries one
# error the rule must report, at that line. --self national-15 keeps the
# coverage report out (the national plan has no parent).
args: --self national-15 tests/golden/data/rule-period-year-hits.txt
rc: 0
---
tests/golden/data/rule-period-year-hits.txt:4:23: warning: target year 2030 ("到2030年") is outside the plan period 2026–2028 (from the years in the title) [period-year]
tests/golden/data/rule-period-year-hits.txt:6:11: warning: target year 2029 ("2029年前") is outside the plan period 2026–2028 (from the years in the title) [period-year]
tests/golden/data/rule-period-year-hits.txt:6:26: warning: target year 2031 ("至2031年底") is outside the plan period 2026–2028 (from the years in the title) [period-year]
tests/golden/data/rule-period-year-hits.txt:7:13: warning: target year 2029 ("2029年底") is outside the plan period 2026–2028 (from the years in the title) [period-year]
tests/golden/data/rule-period-year-hits.txt:7:34: warning: target year 2025 ("到2025年") is outside the plan period 2026–2028 (from the years in the title) [period-year]
tests/golden/data/rule-period-year-hits.txt: a draft of national-15, checked against its parent plans
