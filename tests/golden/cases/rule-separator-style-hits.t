# Hits of separator-style: each line of the input after the heading carries one
# error the rule must report, at that line. --self national-15 keeps the
# coverage report out (the national plan has no parent).
args: --self national-15 tests/golden/data/rule-separator-style-hits.txt
rc: 0
---
tests/golden/data/rule-separator-style-hits.txt:4:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/rule-separator-style-hits.txt:5:4: warning: chain "原料制备—材料加工-终端应用" mixes the dash "—" with the hyphen "-"; use "—" throughout (GB/T 15834): "原料制备—材料加工—终端应用" [separator-style]
tests/golden/data/rule-separator-style-hits.txt:6:4: warning: chain "源头减量－过程控制－末端治理" is joined by the hyphen "－"; GB/T 15834 joins a chain with the dash "—": "源头减量—过程控制—末端治理" [separator-style]
tests/golden/data/rule-separator-style-hits.txt:7:4: warning: chain "企业出题–院所解题–市场阅卷" is joined by the hyphen "–"; GB/T 15834 joins a chain with the dash "—": "企业出题—院所解题—市场阅卷" [separator-style]
tests/golden/data/rule-separator-style-hits.txt: a draft of national-15, checked against its parent plans
