# The nearest .plancheck.conf applies, alone: draft.txt gets the outer file
# (separator-style off), sub/draft.txt the inner one, which inherits nothing
# from the outer (separator-style on, plans = mini-city).
args: tests/golden/data/cfg-nested/draft.txt tests/golden/data/cfg-nested/sub/draft.txt
rc: 1
---
tests/golden/data/cfg-nested/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-nested/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-nested/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
tests/golden/data/cfg-nested/sub/draft.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/cfg-nested/sub/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-nested/sub/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-nested/sub/draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
