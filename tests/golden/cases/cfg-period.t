# period = 2026-2028 in the configuration: the target year 2029 (silent
# without a period, as the title names none) is reported by period-year.
args: tests/golden/data/cfg-period/draft.txt
rc: 1
---
tests/golden/data/cfg-period/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-period/draft.txt:4:1: warning: target year 2029 ("到2029年") is outside the plan period 2026–2028 (from --period or the configuration) [period-year]
tests/golden/data/cfg-period/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-period/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-period/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
