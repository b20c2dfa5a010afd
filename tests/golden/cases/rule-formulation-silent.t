# formulation non-hits: exact lists, an accepted alias written without 顿号,
# a three-part list with one part changed outside quotes (数字化、智能化、
# 绿色化 is a formulation of its own), an open list closed by 等, a list two
# parts short.
args: --plan national-15 tests/golden/data/rule-formulation-silent.txt
rc: 0
---
tests/golden/data/rule-formulation-silent.txt: against national-15 (national): required 18/18 (100.0%), all items 26/69
  covered: 新一代信息技术 (deployed), 新能源 (deployed), 新材料 (deployed), 智能网联新能源汽车 (deployed), 机器人 (deployed), 生物医药 (deployed), 高端装备 (deployed), 航空航天 (deployed), 海洋经济 (deployed), 低空经济 (deployed), 集成电路 (deployed), 新型储能 (deployed), 量子科技 (deployed), 生物制造 (deployed), 氢能和核聚变能 (deployed), 脑机接口 (deployed), 具身智能 (deployed), 第六代移动通信 (deployed)
