# --min-coverage: the background-only work programme covers most required
# national items by name, but the notice covers none -> exit 1.
args: --plan national-15 --min-coverage 50 corpus/chengchuan-public-institutions-energy-notice-2026.txt
rc: 1
---
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 新一代信息技术 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 新能源 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 新材料 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 智能网联新能源汽车 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 机器人 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 生物医药 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 高端装备 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 航空航天 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 海洋经济 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 低空经济 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 集成电路 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 新型储能 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 量子科技 (未来产业) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 生物制造 (未来产业) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 氢能和核聚变能 (未来产业) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 脑机接口 (未来产业) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 具身智能 (未来产业) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt:1:1: warning: required item of national-15 not covered: 第六代移动通信 (未来产业) [coverage-gap]
corpus/chengchuan-public-institutions-energy-notice-2026.txt: against national-15 (national): required 0/18 (0.0%), all items 0/69
  missing: 新一代信息技术, 新能源, 新材料, 智能网联新能源汽车, 机器人, 生物医药, 高端装备, 航空航天, 海洋经济, 低空经济, 集成电路, 新型储能, 量子科技, 生物制造, 氢能和核聚变能, 脑机接口, 具身智能, 第六代移动通信
