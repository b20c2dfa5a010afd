# A baseline matches by path: the same text under another name
# (baseline-copy.txt) is not covered by baseline-draft.json, every finding
# reported.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-draft.json tests/golden/data/baseline-copy.txt
rc: 1
---
tests/golden/data/baseline-copy.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/baseline-copy.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/baseline-copy.txt:5:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/baseline-copy.txt:6:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/baseline-copy.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/baseline-copy.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
