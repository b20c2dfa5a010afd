# The draft of suppress-directives without its plancheck directives: every
# finding that the directives suppress is there, at these lines.
args: --dicts tests/golden/data/mini-dicts tests/golden/data/suppress-plain.txt
rc: 1
---
tests/golden/data/suppress-plain.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/suppress-plain.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/suppress-plain.txt:4:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/suppress-plain.txt:5:4: warning: chain "原料制备-材料加工-终端应用" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "原料制备—材料加工—终端应用" [separator-style]
tests/golden/data/suppress-plain.txt:6:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/suppress-plain.txt:7:3: error: unbalanced 《: no closing 》 in this paragraph (at "《节水行动方案落地。") [paired-punct]
tests/golden/data/suppress-plain.txt:8:4: warning: chain "企业出题-院所解题-市场阅卷" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "企业出题—院所解题—市场阅卷" [separator-style]
tests/golden/data/suppress-plain.txt:8:24: error: unbalanced 《: no closing 》 in this paragraph (at "《条例。") [paired-punct]
tests/golden/data/suppress-plain.txt:9:4: warning: chain "源头减量-过程控制-末端治理" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "源头减量—过程控制—末端治理" [separator-style]
tests/golden/data/suppress-plain.txt:9:24: error: unbalanced 《: no closing 》 in this paragraph (at "《规定。") [paired-punct]
tests/golden/data/suppress-plain.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/suppress-plain.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
