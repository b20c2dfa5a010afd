# self = mini-city in the configuration: the draft is a draft of mini-city,
# checked against its parent mini-national only.
args: tests/golden/data/cfg-self/draft.txt
rc: 1
---
tests/golden/data/cfg-self/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-self/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-self/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-self/draft.txt: a draft of mini-city, checked against its parent plans
tests/golden/data/cfg-self/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
