# --format text on the small draft alone: findings up to an error, no input
# error, so exit status 1 as in every format.
args: --dicts tests/golden/data/mini-dicts --format text tests/golden/data/fmt-draft.txt
rc: 1
---
tests/golden/data/fmt-draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/fmt-draft.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/fmt-draft.txt:5:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/fmt-draft.txt:6:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低5%行动方案…") [paired-punct]
tests/golden/data/fmt-draft.txt: against mini-national (national): required 1/2 (50.0%), all items 2/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/fmt-draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
