# The severities set by rule.ID in the configuration reach every format: in
# GitHub workflow commands the note is ::notice and the raised
# separator-style ::error.
args: --format github tests/golden/data/cfg-rules/draft.txt
rc: 1
---
::notice file=tests/golden/data/cfg-rules/draft.txt,line=1,col=1,endLine=1,endColumn=1,title=coverage-gap::not covered: "新材料", a required item of mini-national (产业)
::error file=tests/golden/data/cfg-rules/draft.txt,line=7,col=4,endLine=7,endColumn=18,title=separator-style::chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产"
