# The seed converted to GB18030 gives the same answer as the UTF-8 seed
# (detected, not forced).
args: tests/golden/data/core-seed-gb18030.txt
rc: 0
---
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "新一代信息技术", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "智能网联新能源汽车", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "航空航天", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "海洋经济", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "新型储能", a required item of national-15 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "量子科技", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "氢能和核聚变能", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "第六代移动通信", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "智能网联汽车", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "智能机器人", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "医药和医疗器械", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "航空航天", a required item of guangdong-15 (新兴支柱产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "第六代移动通信", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "细胞与基因治疗", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "脑科学与脑机接口", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "氢能及先进核能", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "深海探测", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "量子科技", a required item of guangdong-15 (未来产业（2026 年政府工作报告）) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "智能网联汽车", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "低空经济与空天", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "大健康", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "安全节能环保", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "网络与通信", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "软件与信息服务", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "数字创意", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "现代时尚", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "海洋产业", a required item of shenzhen-15 (“20+8”2.0：20 个战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "量子信息", a required item of shenzhen-15 (“20+8”2.0：8 个未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "光载信息", a required item of shenzhen-15 (“20+8”2.0：8 个未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "智能机器人", a required item of shenzhen-15 (“20+8”2.0：8 个未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "细胞与基因", a required item of shenzhen-15 (“20+8”2.0：8 个未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "深地深海", a required item of shenzhen-15 (“20+8”2.0：8 个未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "新一代信息技术", a required item of shenzhen-15 (市建议：战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "医药和医疗器械", a required item of shenzhen-15 (市建议：战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "航空航天", a required item of shenzhen-15 (市建议：战略性新兴产业集群) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "全屋智能", a required item of shenzhen-15 (市建议：巩固拓展优势产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "第六代移动通信", a required item of shenzhen-15 (市建议：未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "氢能和核聚变能", a required item of shenzhen-15 (市建议：未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:1:1: warning: not covered: "量子科技", a required item of shenzhen-15 (市建议：未来产业) [coverage-gap]
tests/golden/data/core-seed-gb18030.txt:6:84: note: unverified quotation of 《中华人民共和国国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/core-seed-gb18030.txt:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/core-seed-gb18030.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/core-seed-gb18030.txt:7:170: warning: one referent, 3 names: 低空装备 (1×, first at 6:156), 低空经济 (1×, first at 7:170), 低空装备与应用 (1×, first at 26:385); checked plans use 低空经济 (shenzhen-15, guangdong-15, national-15), 低空装备 (national-15); the draft's own plan (guangming-industry-15) uses 低空装备与应用 [term-variant]
tests/golden/data/core-seed-gb18030.txt:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
tests/golden/data/core-seed-gb18030.txt:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
tests/golden/data/core-seed-gb18030.txt:26:100: warning: one referent, 2 names: 人工智能终端 (1×, first at 26:50), AI终端 (1×, first at 26:100); the draft's own plan (guangming-industry-15) uses 人工智能终端 [term-variant]
tests/golden/data/core-seed-gb18030.txt:26:129: warning: one referent, 2 names: 超高清视频显示 (1×, first at 13:94), 超高清视频与显示 (1×, first at 26:129); checked plans use 超高清视频显示 (shenzhen-15, guangdong-15); the draft's own plan (guangming-industry-15) uses 超高清视频与显示 [term-variant]
tests/golden/data/core-seed-gb18030.txt:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/core-seed-gb18030.txt:26:591: warning: one referent, 2 names: 高性能材料 (1×, first at 17:273), 高性能与前沿新材料 (1×, first at 26:591); checked plans use 高性能材料 (shenzhen-15); the draft's own plan (guangming-industry-15) uses 高性能与前沿新材料 [term-variant]
tests/golden/data/core-seed-gb18030.txt:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/core-seed-gb18030.txt:27:252: warning: one referent, 2 names: 脑科学 (2×, first at 13:124), 脑科学与脑机工程 (1×, first at 27:252); checked plans use 脑科学与脑机工程 (shenzhen-15); the draft's own plan (guangming-industry-15) uses 脑科学与脑机工程 [term-variant]
tests/golden/data/core-seed-gb18030.txt:30:128: warning: one referent, 2 names: 总部经济集聚区 (1×, first at 30:100), 总部集聚区 (1×, first at 30:128); the draft's own plan (guangming-industry-15) uses 总部集聚区 [term-variant]
tests/golden/data/core-seed-gb18030.txt: a draft of guangming-industry-15, checked against its parent plans
tests/golden/data/core-seed-gb18030.txt: against national-15 (national): required 10/18 (55.6%), all items 20/69
  covered: 新能源 (deployed), 新材料 (deployed), 机器人 (deployed), 生物医药 (deployed), 高端装备 (deployed), 低空经济 (mentioned), 集成电路 (deployed), 生物制造 (deployed), 脑机接口 (deployed), 具身智能 (mentioned)
  missing: 新一代信息技术, 智能网联新能源汽车, 航空航天, 海洋经济, 新型储能, 量子科技, 氢能和核聚变能, 第六代移动通信
tests/golden/data/core-seed-gb18030.txt: against guangdong-15 (provincial): required 6/16 (37.5%), all items 12/52
  covered: 新能源 (deployed), 新材料 (deployed), 集成电路 (deployed), 低空经济 (mentioned), 生物制造 (deployed), 具身智能 (mentioned)
  missing: 智能网联汽车, 智能机器人, 医药和医疗器械, 航空航天, 第六代移动通信, 细胞与基因治疗, 脑科学与脑机接口, 氢能及先进核能, 深海探测, 量子科技
tests/golden/data/core-seed-gb18030.txt: against shenzhen-15 (municipal): required 19/40 (47.5%), all items 25/57
  covered: 半导体与集成电路 (deployed), 人工智能 (deployed), 生物医药 (deployed), 高端医疗器械 (deployed), 新能源 (deployed), 超高清视频显示 (deployed), 智能终端 (deployed), 智能传感器 (deployed), 高端装备与仪器 (deployed), 机器人 (deployed), 高性能材料 (mentioned), 合成生物 (deployed), 脑科学与脑机工程 (deployed), 前沿新材料 (deployed), 新材料 (deployed), 低空经济 (mentioned), 生物制造 (deployed), 具身智能 (mentioned), 脑机接口 (deployed)
  missing: 智能网联汽车, 低空经济与空天, 大健康, 安全节能环保, 网络与通信, 软件与信息服务, 数字创意, 现代时尚, 海洋产业, 量子信息, 光载信息, 智能机器人, 细胞与基因, 深地深海, 新一代信息技术, 医药和医疗器械, 航空航天, 全屋智能, 第六代移动通信, 氢能和核聚变能, 量子科技
