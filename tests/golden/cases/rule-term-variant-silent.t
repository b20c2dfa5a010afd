# term-variant non-hits: 人工智能 beside 人工智能与应用 and 集成电路 beside
# 半导体与集成电路 (one conjunct, and an item's name of its own); 机器人 and
# 智能机器人 (tv-middle keeps them apart); 第六代移动通信（6G） introduces 6G;
# 氢能和核聚变能等未来能源 names a category; 现代产业体系 is an accepted alias;
# 低空装备 beside 低空装备与应用 (a conjunct and tv-middle's name).
# tv-upper gives 集成电路 to two items on purpose (the item ic and a
# variant of semi-ic): the check warns once on stderr that semi-ic never
# gets those hits.
args: --dicts tests/golden/data/rule-term-variant-dicts tests/golden/data/rule-term-variant-silent.txt
rc: 0
---
tests/golden/data/rule-term-variant-silent.txt: a draft of tv-own, checked against its parent plans
tests/golden/data/rule-term-variant-silent.txt: against tv-upper (national): required 0/0 (100.0%), all items 6/9
tests/golden/data/rule-term-variant-silent.txt: against tv-middle (municipal): required 0/0 (100.0%), all items 4/5
stderr: tests/golden/data/rule-term-variant-dicts/tv-upper.xml:31: warning: item "semi-ic": “集成电路” is also a term of item "ic" (line 28); its hits all go to that item, none to this one [dict]
