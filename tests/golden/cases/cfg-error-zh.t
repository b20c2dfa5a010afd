# The configuration problems of cfg-error in Chinese (--lang zh).
args: --lang zh --config tests/golden/data/cfg-error/bad.conf tests/golden/data/fmt-clean.txt
rc: 2
---
tests/golden/data/fmt-clean.txt: 对照 mini-national（测试用国家规划纲要）：必选项 2/2（100.0%），全部条目 3/4
  已覆盖：新能源（部署）、新材料（部署）
stderr: tests/golden/data/cfg-error/bad.conf:5: error: 未知配置项“colour” [config]
stderr: tests/golden/data/cfg-error/bad.conf:6: error: fail-on 的值“sometimes”无效：应为error、warning、note 或 never [config]
stderr: tests/golden/data/cfg-error/bad.conf:7: error: 未知规则“no-such-rule” [config]
stderr: tests/golden/data/cfg-error/bad.conf:8: error: rule.paired-punct 的值“loud”无效：应为error、warning、note 或 off [config]
stderr: tests/golden/data/cfg-error/bad.conf:9: error: 无法解析此行：应为“键 = 值”“[通配符]”或注释 [config]
stderr: tests/golden/data/cfg-error/bad.conf:10: error: period 的值“2030-2026”无效：应为“起始年-结束年”，如 2026-2030 [config]
stderr: tests/golden/data/cfg-error/bad.conf:11: error: min-coverage 的值“120”无效：应为0-100 的百分数 [config]
stderr: tests/golden/data/cfg-error/bad.conf:12: error: encoding 的值“latin-1”无效：应为utf-8、utf-16、utf-16le、utf-16be、gb18030、gbk、gb2312 或 big5 [config]
stderr: tests/golden/data/cfg-error/bad.conf:13: error: input-format 的值“pdf”无效：应为auto、text、docx 或 html [config]
stderr: tests/golden/data/cfg-error/bad.conf:14: error: self 的值“mini-city mini-national”无效：应为一个规划标识 [config]
stderr: tests/golden/data/cfg-error/bad.conf:15: error: 节标题缺少“]” [config]
stderr: tests/golden/data/cfg-error/bad.conf:16: error: 节标题为空 [config]
stderr: tests/golden/data/cfg-error/bad.conf:18: error: dicts 只能在第一个节之前设置 [config]
stderr: tests/golden/data/cfg-error/bad.conf:19: error: self 的值缺少后引号 [config]
