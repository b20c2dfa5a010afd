# Standard input with --config: the root section applies (plans =
# mini-national), no [glob] section matches "-" (coverage-gap stays a
# warning).
args: --config tests/golden/data/cfg-glob/.plancheck.conf -
stdin: tests/golden/data/cfg-glob/strict/draft.txt
rc: 1
---
-:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
-:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
-:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
-: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
