# The real drafting explanation of the Guangming District plan: recognised
# as a draft of guangming-industry-15 (title names 光明区 and 十五五), so
# checked against Shenzhen, Guangdong and the national plan. National:
# 生物制造, 脑机接口, 具身智能, 集成电路, 新能源 (deployed) covered;
# 氢能和核聚变能, 第六代移动通信, 航空航天 missing. Shenzhen: 超高清视频显示
# and 智能传感器 covered, 深地深海 and 海洋产业 missing.
args: corpus/guangming-industrialization-15th-explanation.txt
rc: 0
---
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 新一代信息技术 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 智能网联新能源汽车 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 航空航天 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 海洋经济 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 新型储能 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 量子科技 (未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 氢能和核聚变能 (未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of national-15 not covered: 第六代移动通信 (未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 智能网联汽车 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 智能机器人 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 医药和医疗器械 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 航空航天 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 第六代移动通信 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 细胞与基因治疗 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 脑科学与脑机接口 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 氢能及先进核能 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 深海探测 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of guangdong-15 not covered: 量子科技 (未来产业（2026 年政府工作报告）) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 智能网联汽车 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 低空经济与空天 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 大健康 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 安全节能环保 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 网络与通信 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 软件与信息服务 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 数字创意 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 现代时尚 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 海洋产业 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 量子信息 (“20+8”2.0：8 个未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 光载信息 (“20+8”2.0：8 个未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 智能机器人 (“20+8”2.0：8 个未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 细胞与基因 (“20+8”2.0：8 个未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 深地深海 (“20+8”2.0：8 个未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 新一代信息技术 (市建议：战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 医药和医疗器械 (市建议：战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 航空航天 (市建议：战略性新兴产业集群) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 全屋智能 (市建议：巩固拓展优势产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 第六代移动通信 (市建议：未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 氢能和核聚变能 (市建议：未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: required item of shenzhen-15 not covered: 量子科技 (市建议：未来产业) [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt: a draft of guangming-industry-15, checked against its parent plans
corpus/guangming-industrialization-15th-explanation.txt: against national-15 (national): required 10/18 (55.6%), all items 20/69
  covered: 新能源 (deployed), 新材料 (deployed), 机器人 (deployed), 生物医药 (deployed), 高端装备 (deployed), 低空经济 (mentioned), 集成电路 (deployed), 生物制造 (deployed), 脑机接口 (deployed), 具身智能 (mentioned)
  missing: 新一代信息技术, 智能网联新能源汽车, 航空航天, 海洋经济, 新型储能, 量子科技, 氢能和核聚变能, 第六代移动通信
corpus/guangming-industrialization-15th-explanation.txt: against guangdong-15 (provincial): required 6/16 (37.5%), all items 12/52
  covered: 新能源 (deployed), 新材料 (deployed), 集成电路 (deployed), 低空经济 (mentioned), 生物制造 (deployed), 具身智能 (mentioned)
  missing: 智能网联汽车, 智能机器人, 医药和医疗器械, 航空航天, 第六代移动通信, 细胞与基因治疗, 脑科学与脑机接口, 氢能及先进核能, 深海探测, 量子科技
corpus/guangming-industrialization-15th-explanation.txt: against shenzhen-15 (municipal): required 19/40 (47.5%), all items 25/57
  covered: 半导体与集成电路 (deployed), 人工智能 (deployed), 生物医药 (deployed), 高端医疗器械 (deployed), 新能源 (deployed), 超高清视频显示 (deployed), 智能终端 (deployed), 智能传感器 (deployed), 高端装备与仪器 (deployed), 机器人 (deployed), 高性能材料 (mentioned), 合成生物 (deployed), 脑科学与脑机工程 (deployed), 前沿新材料 (deployed), 新材料 (deployed), 低空经济 (mentioned), 生物制造 (deployed), 具身智能 (mentioned), 脑机接口 (deployed)
  missing: 智能网联汽车, 低空经济与空天, 大健康, 安全节能环保, 网络与通信, 软件与信息服务, 数字创意, 现代时尚, 海洋产业, 量子信息, 光载信息, 智能机器人, 细胞与基因, 深地深海, 新一代信息技术, 医药和医疗器械, 航空航天, 全屋智能, 第六代移动通信, 氢能和核聚变能, 量子科技
