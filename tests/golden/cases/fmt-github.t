# --format github on a small draft with findings of three rules
# (coverage-gap, separator-style, paired-punct), a draft whose name holds a
# space, a comma, a colon and a percent sign, and a missing file, in one
# run: workflow commands ::warning/::error
# file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message; the path
# escaped as a property (comma %2C, colon %3A, percent %25), the message as
# data (percent %25, commas and colons kept); the input error as ::error
# file=PATH::message. Exit status 2 (an input error) as in every format.
args: --dicts tests/golden/data/mini-dicts --format github tests/golden/data/fmt-draft.txt 'tests/golden/data/fmt-odd name,a:b%.txt' tests/golden/data/no-such-draft.txt
rc: 2
---
::warning file=tests/golden/data/fmt-draft.txt,line=1,col=1,endLine=1,endColumn=1,title=coverage-gap::not covered: "新材料", a required item of mini-national (产业)
::warning file=tests/golden/data/fmt-draft.txt,line=1,col=1,endLine=1,endColumn=1,title=coverage-gap::not covered: "低空经济", a required item of mini-city (产业)
::warning file=tests/golden/data/fmt-draft.txt,line=5,col=4,endLine=5,endColumn=18,title=separator-style::chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产"
::error file=tests/golden/data/fmt-draft.txt,line=6,col=3,endLine=6,endColumn=4,title=paired-punct::unbalanced 《: no closing 》 in this paragraph (at "《能耗降低5%25行动方案…")
::warning file=tests/golden/data/fmt-odd name%2Ca%3Ab%25.txt,line=1,col=1,endLine=1,endColumn=1,title=coverage-gap::not covered: "新材料", a required item of mini-national (产业)
::warning file=tests/golden/data/fmt-odd name%2Ca%3Ab%25.txt,line=1,col=1,endLine=1,endColumn=1,title=coverage-gap::not covered: "低空经济", a required item of mini-city (产业)
::error file=tests/golden/data/fmt-odd name%2Ca%3Ab%25.txt,line=4,col=3,endLine=4,endColumn=4,title=paired-punct::unbalanced 《: no closing 》 in this paragraph (at "《新能源50%25行动方案…")
::error file=tests/golden/data/no-such-draft.txt::cannot read: No such file or directory
stderr: tests/golden/data/no-such-draft.txt: error: cannot read: No such file or directory
