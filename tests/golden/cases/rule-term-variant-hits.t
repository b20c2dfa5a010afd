# term-variant hits with small test dictionaries: a variant alias of a
# checked plan, a former name, an abbreviation not introduced by the text,
# a discouraged alias, and the draft's own plan joining 低空经济 to
# 低空装备与应用 although tv-middle keeps 低空经济 and 低空装备 apart.
# tv-upper gives 集成电路 to two items on purpose (the item ic and a
# variant of semi-ic): the check warns once on stderr that semi-ic never
# gets those hits.
args: --dicts tests/golden/data/rule-term-variant-dicts tests/golden/data/rule-term-variant-hits.txt
rc: 0
---
tests/golden/data/rule-term-variant-hits.txt:5:4: warning: one referent, 2 names: 超高清视频显示 (1×, first at 3:12), 超高清视频与显示 (1×, first at 5:4); checked plans use 超高清视频显示 (tv-upper) [term-variant]
tests/golden/data/rule-term-variant-hits.txt:6:14: warning: one referent, 2 names: 低空装备与应用 (1×, first at 6:4), 低空经济 (1×, first at 6:14); checked plans use 低空经济 (tv-middle); the draft's own plan (tv-own) uses 低空装备与应用 [term-variant]
tests/golden/data/rule-term-variant-hits.txt:7:4: warning: one referent, 2 names: 可见光通信与光计算 (1×, first at 3:28), 光载信息 (1×, first at 7:4); checked plans use 光载信息 (tv-upper) [term-variant]
tests/golden/data/rule-term-variant-hits.txt:8:20: warning: one referent, 2 names: 6G (1×, first at 8:11), 第六代移动通信 (1×, first at 8:20); checked plans use 第六代移动通信 (tv-upper) [term-variant]
tests/golden/data/rule-term-variant-hits.txt:8:34: warning: one referent, 2 names: 新型材料 (1×, first at 3:46), 新材料 (1×, first at 8:34); checked plans use 新材料 (tv-upper) [term-variant]
tests/golden/data/rule-term-variant-hits.txt: a draft of tv-own, checked against its parent plans
tests/golden/data/rule-term-variant-hits.txt: against tv-upper (national): required 0/0 (100.0%), all items 4/9
tests/golden/data/rule-term-variant-hits.txt: against tv-middle (municipal): required 0/0 (100.0%), all items 2/5
stderr: tests/golden/data/rule-term-variant-dicts/tv-upper.xml:31: warning: item "semi-ic": “集成电路” is also a term of item "ic" (line 28); its hits all go to that item, none to this one [dict]
