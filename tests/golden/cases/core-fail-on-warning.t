# --fail-on warning turns coverage-gap warnings into exit 1.
args: --plan national-15 --fail-on warning corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt
rc: 1
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
corpus/qinglan-low-altitude-economy-action-plan-2026-2028.txt: against national-15 (national): required 8/18 (44.4%), all items 10/69
  covered: 新材料 (deployed), 航空航天 (deployed), 低空经济 (deployed with targets), 集成电路 (deployed with targets), 新型储能 (deployed), 量子科技 (mentioned), 具身智能 (mentioned), 第六代移动通信 (deployed)
  missing: 新一代信息技术, 新能源, 智能网联新能源汽车, 机器人, 生物医药, 高端装备, 海洋经济, 生物制造, 氢能和核聚变能, 脑机接口
