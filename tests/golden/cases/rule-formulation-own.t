# formulation with the draft's own plan: its own triad 智能化、高端化、品牌化
# and the national 高端化、智能化、绿色化 stay silent; a reordered own triad
# and a reordered own list of six elements are reported against the own plan.
args: --self guangming-industry-15 --plan national-15 tests/golden/data/rule-formulation-own.txt
rc: 0
---
tests/golden/data/rule-formulation-own.txt:7:15: warning: fixed formulation “智能化、高端化、品牌化” (the draft's own plan guangming-industry-15) written in another order: “高端化、智能化、品牌化” [formulation]
tests/golden/data/rule-formulation-own.txt:8:6: warning: fixed formulation “空间、数据、金融、人才、场景、设施” (the draft's own plan guangming-industry-15) written in another order: “空间、金融、数据、人才、场景、设施” [formulation]
tests/golden/data/rule-formulation-own.txt: a draft of guangming-industry-15, checked against its parent plans
tests/golden/data/rule-formulation-own.txt: against national-15 (national): required 18/18 (100.0%), all items 19/69
  covered: 新一代信息技术 (deployed), 新能源 (deployed), 新材料 (deployed), 智能网联新能源汽车 (deployed), 机器人 (deployed), 生物医药 (deployed), 高端装备 (deployed), 航空航天 (deployed), 海洋经济 (deployed), 低空经济 (deployed), 集成电路 (deployed), 新型储能 (deployed), 量子科技 (deployed), 生物制造 (deployed), 氢能和核聚变能 (deployed), 脑机接口 (deployed), 具身智能 (deployed), 第六代移动通信 (deployed)
