# The configuration of cfg-precedence with only --dicts on the command line:
# its plans = mini-city, period = 2026-2028 (period-year reports 2029) and
# fail-on = warning (exit 1) apply.
args: --dicts tests/golden/data/mini-dicts tests/golden/data/cfg-precedence/draft.txt
rc: 1
---
tests/golden/data/cfg-precedence/draft.txt:1:1: note: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/cfg-precedence/draft.txt:4:1: warning: target year 2029 ("到2029年") is outside the plan period 2026–2028 (from --period or the configuration) [period-year]
tests/golden/data/cfg-precedence/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-precedence/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-precedence/draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
