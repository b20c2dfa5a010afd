# term-variant non-hits: 人工智能 beside 人工智能与应用 and 集成电路 beside
# 半导体与集成电路 (one conjunct, and an item's name of its own); 机器人 and
# 智能机器人 (tv-middle keeps them apart); 第六代移动通信（6G） introduces 6G;
# 氢能和核聚变能等未来能源 names a category; 现代产业体系 is an accepted alias;
# 低空装备 beside 低空装备与应用 (a conjunct and tv-middle's name).
args: --dicts tests/golden/data/rule-term-variant-dicts tests/golden/data/rule-term-variant-silent.txt
rc: 0
---
tests/golden/data/rule-term-variant-silent.txt: a draft of tv-own, checked against its parent plans
tests/golden/data/rule-term-variant-silent.txt: against tv-upper (national): required 0/0 (100.0%), all items 6/9
tests/golden/data/rule-term-variant-silent.txt: against tv-middle (municipal): required 0/0 (100.0%), all items 4/5
