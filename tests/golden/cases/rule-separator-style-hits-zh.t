# The hits of separator-style with Chinese messages.
args: --lang zh --self national-15 tests/golden/data/rule-separator-style-hits.txt
rc: 0
---
tests/golden/data/rule-separator-style-hits.txt:4:4: warning: 链式结构“研发设计-中试验证-规模量产”用短横线“-”连接，应使用一字线“—”（GB/T 15834）：“研发设计—中试验证—规模量产” [separator-style]
tests/golden/data/rule-separator-style-hits.txt:5:4: warning: 链式结构“原料制备—材料加工-终端应用”混用一字线“—”和短横线“-”，应统一使用一字线“—”（GB/T 15834）：“原料制备—材料加工—终端应用” [separator-style]
tests/golden/data/rule-separator-style-hits.txt:6:4: warning: 链式结构“源头减量－过程控制－末端治理”用短横线“－”连接，应使用一字线“—”（GB/T 15834）：“源头减量—过程控制—末端治理” [separator-style]
tests/golden/data/rule-separator-style-hits.txt:7:4: warning: 链式结构“企业出题–院所解题–市场阅卷”用短横线“–”连接，应使用一字线“—”（GB/T 15834）：“企业出题—院所解题—市场阅卷” [separator-style]
tests/golden/data/rule-separator-style-hits.txt: 本稿属于 national-15，对照其上级规划检查
