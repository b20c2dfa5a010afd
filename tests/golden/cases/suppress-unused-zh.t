# The unused-suppression warnings of suppress-unused in Chinese.
args: --dicts tests/golden/data/mini-dicts --lang zh --report-unused-suppressions tests/golden/data/suppress-draft.txt
rc: 1
---
tests/golden/data/suppress-draft.txt:8:4: warning: 链式结构“原料制备-材料加工-终端应用”用短横线“-”连接，应使用一字线“—”（GB/T 15834）：“原料制备—材料加工—终端应用” [separator-style]
tests/golden/data/suppress-draft.txt:11:3: error: 前双书名号《未闭合：本段内没有与之配对的后双书名号》（《节水行动方案落地。） [paired-punct]
tests/golden/data/suppress-draft.txt:16:24: error: 前双书名号《未闭合：本段内没有与之配对的后双书名号》（《规定。） [paired-punct]
tests/golden/data/suppress-draft.txt:18:1: warning: 多余的抑制指令：此处没有可抑制的 punct-width 问题 [unused-suppression]
tests/golden/data/suppress-draft.txt:20:1: warning: 多余的抑制指令：此处没有可抑制的问题 [unused-suppression]
tests/golden/data/suppress-draft.txt:22:1: warning: 多余的抑制指令：没有名为 no-such-rule 的规则 [unused-suppression]
tests/golden/data/suppress-draft.txt:22:1: warning: 多余的抑制指令：此处没有可抑制的 paired-punct 问题 [unused-suppression]
tests/golden/data/suppress-draft.txt: 对照 mini-national（测试用国家规划纲要）：必选项 1/2（50.0%），全部条目 1/4
  已覆盖：新能源（部署）
  未覆盖：新材料
tests/golden/data/suppress-draft.txt: 对照 mini-city（测试市规划）：必选项 0/1（0.0%），全部条目 0/1
  未覆盖：低空经济
