# --format github on the small draft alone: findings up to an error, no
# input error, so exit status 1 as in every format.
args: --dicts tests/golden/data/mini-dicts --format github tests/golden/data/fmt-draft.txt
rc: 1
---
::warning file=tests/golden/data/fmt-draft.txt,line=1,col=1,endLine=1,endColumn=1,title=coverage-gap::not covered: "新材料", a required item of mini-national (产业)
::warning file=tests/golden/data/fmt-draft.txt,line=1,col=1,endLine=1,endColumn=1,title=coverage-gap::not covered: "低空经济", a required item of mini-city (产业)
::warning file=tests/golden/data/fmt-draft.txt,line=5,col=4,endLine=5,endColumn=18,title=separator-style::chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产"
::error file=tests/golden/data/fmt-draft.txt,line=6,col=3,endLine=6,endColumn=4,title=paired-punct::unbalanced 《: no closing 》 in this paragraph (at "《能耗降低5%25行动方案…")
