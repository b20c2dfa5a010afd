# Mutation of rule-formulation-silent.txt, line 10: 更为安全 → 更加安全 in a
# five-part formulation. Compared with rule-formulation-silent: one warning
# on line 10.
args: --plan national-15 tests/golden/data/mut-formulation-draft-item.txt
rc: 0
---
tests/golden/data/mut-formulation-draft-item.txt:10:6: warning: fixed formulation “更高质量、更有效率、更加公平、更可持续、更为安全” (national-15) written with “更加安全” instead of “更为安全”: “更高质量、更有效率、更加公平、更可持续、更加安全” [formulation]
tests/golden/data/mut-formulation-draft-item.txt: against national-15 (national): required 18/18 (100.0%), all items 25/69
  covered: 新一代信息技术 (deployed), 新能源 (deployed), 新材料 (deployed), 智能网联新能源汽车 (deployed), 机器人 (deployed), 生物医药 (deployed), 高端装备 (deployed), 航空航天 (deployed), 海洋经济 (deployed), 低空经济 (deployed), 集成电路 (deployed), 新型储能 (deployed), 量子科技 (deployed), 生物制造 (deployed), 氢能和核聚变能 (deployed), 脑机接口 (deployed), 具身智能 (deployed), 第六代移动通信 (deployed)
