# --self names the draft's own plan: checked against its parents only.
args: --self shenzhen-15 corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt
rc: 0
---
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "新一代信息技术", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "新能源", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "智能网联新能源汽车", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "机器人", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "生物医药", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "高端装备", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "海洋经济", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "生物制造", a required item of national-15 (未来产业) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "氢能和核聚变能", a required item of national-15 (未来产业) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "脑机接口", a required item of national-15 (未来产业) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "新能源", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "智能网联汽车", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "智能机器人", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "医药和医疗器械", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "生物制造", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "细胞与基因治疗", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "脑科学与脑机接口", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "氢能及先进核能", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt:1:1: warning: not covered: "深海探测", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt: a draft of shenzhen-15, checked against its parent plans
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt: against national-15 (national): required 8/18 (44.4%), all items 10/69
  covered: 新材料 (deployed), 航空航天 (deployed), 低空经济 (deployed with targets), 集成电路 (deployed with targets), 新型储能 (deployed), 量子科技 (mentioned), 具身智能 (mentioned), 第六代移动通信 (deployed)
  missing: 新一代信息技术, 新能源, 智能网联新能源汽车, 机器人, 生物医药, 高端装备, 海洋经济, 生物制造, 氢能和核聚变能, 脑机接口
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt: against guangdong-15 (provincial): required 7/16 (43.8%), all items 7/52
  covered: 新材料 (deployed), 航空航天 (deployed), 集成电路 (deployed with targets), 低空经济 (deployed with targets), 第六代移动通信 (deployed), 具身智能 (mentioned), 量子科技 (mentioned)
  missing: 新能源, 智能网联汽车, 智能机器人, 医药和医疗器械, 生物制造, 细胞与基因治疗, 脑科学与脑机接口, 氢能及先进核能, 深海探测
