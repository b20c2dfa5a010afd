# The command line wins over the configuration: --dicts over dicts (a
# directory that does not exist), --plan over plans = mini-city, --period
# 2026-2030 over period = 2026-2028 (no period-year finding) and --fail-on
# never over fail-on = warning (exit 0); rule.coverage-gap = note, which no
# option sets, still applies.
args: --dicts tests/golden/data/mini-dicts --plan mini-national --period 2026-2030 --fail-on never tests/golden/data/cfg-precedence/draft.txt
rc: 0
---
tests/golden/data/cfg-precedence/draft.txt:1:1: note: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-precedence/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-precedence/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-precedence/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
