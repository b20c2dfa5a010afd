# term-variant messages in Chinese.
# tv-upper gives 集成电路 to two items on purpose (the item ic and a
# variant of semi-ic): the check warns once on stderr that semi-ic never
# gets those hits.
args: --lang zh --dicts tests/golden/data/rule-term-variant-dicts tests/golden/data/rule-term-variant-hits.txt
rc: 0
---
tests/golden/data/rule-term-variant-hits.txt:5:4: warning: 同一对象有2种名称：“超高清视频显示”（1次，首见3:12）、“超高清视频与显示”（1次，首见5:4）；上位规划用“超高清视频显示”（tv-upper） [term-variant]
tests/golden/data/rule-term-variant-hits.txt:6:14: warning: 同一对象有2种名称：“低空装备与应用”（1次，首见6:4）、“低空经济”（1次，首见6:14）；上位规划用“低空经济”（tv-middle）；本规划词典（tv-own）用“低空装备与应用” [term-variant]
tests/golden/data/rule-term-variant-hits.txt:7:4: warning: 同一对象有2种名称：“可见光通信与光计算”（1次，首见3:28）、“光载信息”（1次，首见7:4）；上位规划用“光载信息”（tv-upper） [term-variant]
tests/golden/data/rule-term-variant-hits.txt:8:20: warning: 同一对象有2种名称：“6G”（1次，首见8:11）、“第六代移动通信”（1次，首见8:20）；上位规划用“第六代移动通信”（tv-upper） [term-variant]
tests/golden/data/rule-term-variant-hits.txt:8:34: warning: 同一对象有2种名称：“新型材料”（1次，首见3:46）、“新材料”（1次，首见8:34）；上位规划用“新材料”（tv-upper） [term-variant]
tests/golden/data/rule-term-variant-hits.txt: 本稿属于 tv-own，对照其上级规划检查
tests/golden/data/rule-term-variant-hits.txt: 对照 tv-upper（测试用上位规划纲要）：必选项 0/0（100.0%），全部条目 4/9
tests/golden/data/rule-term-variant-hits.txt: 对照 tv-middle（青州市测试用规划纲要）：必选项 0/0（100.0%），全部条目 2/5
stderr: tests/golden/data/rule-term-variant-dicts/tv-upper.xml:31: warning: 条目“semi-ic”的“集成电路”也是条目“ic”（第 28 行）的词，命中全部归于该条目，本条目得不到命中 [dict]
