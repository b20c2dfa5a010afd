# term-variant on the seed checked against its parent plans (--plan lists
# them, as the default would): messages name what the checked plans call
# each referent. English and Chinese.
args: --lang zh --plan shenzhen-15,guangdong-15,national-15 corpus/guangming-industrialization-15th-explanation.txt
rc: 0
---
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“新一代信息技术”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“智能网联新能源汽车”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“航空航天”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“海洋经济”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“新型储能”（六大新兴支柱产业（另见新兴产业）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“量子科技”（未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“氢能和核聚变能”（未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“第六代移动通信”（未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“智能网联汽车”（新兴支柱产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“智能机器人”（新兴支柱产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“医药和医疗器械”（新兴支柱产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“航空航天”（新兴支柱产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“第六代移动通信”（未来产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“细胞与基因治疗”（未来产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“脑科学与脑机接口”（未来产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“氢能及先进核能”（未来产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“深海探测”（未来产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《广东省国民经济和社会发展第十五个五年规划纲要》的必选项“量子科技”（未来产业（2026 年政府工作报告）） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“智能网联汽车”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“低空经济与空天”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“大健康”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“安全节能环保”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“网络与通信”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“软件与信息服务”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“数字创意”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“现代时尚”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“海洋产业”（“20+8”2.0：20 个战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“量子信息”（“20+8”2.0：8 个未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“光载信息”（“20+8”2.0：8 个未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“智能机器人”（“20+8”2.0：8 个未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“细胞与基因”（“20+8”2.0：8 个未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“深地深海”（“20+8”2.0：8 个未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“新一代信息技术”（市建议：战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“医药和医疗器械”（市建议：战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“航空航天”（市建议：战略性新兴产业集群） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“全屋智能”（市建议：巩固拓展优势产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“第六代移动通信”（市建议：未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“氢能和核聚变能”（市建议：未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:1:1: warning: 未覆盖《深圳市国民经济和社会发展第十五个五年规划纲要》的必选项“量子科技”（市建议：未来产业） [coverage-gap]
corpus/guangming-industrialization-15th-explanation.txt:6:84: note: 引文未核对：未提供《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的参考文本（可用 --ref 指定） [quote-check]
corpus/guangming-industrialization-15th-explanation.txt:6:205: note: 引文未核对：未提供《广东省国民经济和社会发展第十五个五年规划纲要》的参考文本（可用 --ref 指定） [quote-check]
corpus/guangming-industrialization-15th-explanation.txt:6:263: note: 引文未核对：未提供《深圳市国民经济和社会发展第十五个五年规划纲要》的参考文本（可用 --ref 指定） [quote-check]
corpus/guangming-industrialization-15th-explanation.txt:7:170: warning: 同一对象有3种名称：“低空装备”（1次，首见6:156）、“低空经济”（1次，首见7:170）、“低空装备与应用”（1次，首见26:385）；上位规划用“低空经济”（shenzhen-15、guangdong-15、national-15）、“低空装备”（national-15）；本规划词典（guangming-industry-15）用“低空装备与应用” [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:19:23: warning: 概述中“主要任务”列在“空间布局”之前，但其后的标题“第四章空间布局”在“第五章重点任务”之前 [outline-order]
corpus/guangming-industrialization-15th-explanation.txt:19:23: note: 概述项“主要任务”与对应标题“第五章重点任务”不一致：标题中没有“主要任务” [outline-order]
corpus/guangming-industrialization-15th-explanation.txt:26:100: warning: 同一对象有2种名称：“人工智能终端”（1次，首见26:50）、“AI终端”（1次，首见26:100）；本规划词典（guangming-industry-15）用“人工智能终端” [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:26:129: warning: 同一对象有2种名称：“超高清视频显示”（1次，首见13:94）、“超高清视频与显示”（1次，首见26:129）；上位规划用“超高清视频显示”（shenzhen-15、guangdong-15）；本规划词典（guangming-industry-15）用“超高清视频与显示” [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:26:473: warning: 链式结构“整机引领-系统突破-设施支撑”用短横线“-”连接，应使用一字线“—”（GB/T 15834）：“整机引领—系统突破—设施支撑” [separator-style]
corpus/guangming-industrialization-15th-explanation.txt:26:591: warning: 同一对象有2种名称：“高性能材料”（1次，首见17:273）、“高性能与前沿新材料”（1次，首见26:591）；上位规划用“高性能材料”（shenzhen-15）；本规划词典（guangming-industry-15）用“高性能与前沿新材料” [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:26:789: warning: 链式结构“合成设计-智能筛选-中试放大-产业转化”用短横线“-”连接，应使用一字线“—”（GB/T 15834）：“合成设计—智能筛选—中试放大—产业转化” [separator-style]
corpus/guangming-industrialization-15th-explanation.txt:27:252: warning: 同一对象有2种名称：“脑科学”（2次，首见13:124）、“脑科学与脑机工程”（1次，首见27:252）；上位规划用“脑科学与脑机工程”（shenzhen-15）；本规划词典（guangming-industry-15）用“脑科学与脑机工程” [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:30:128: warning: 同一对象有2种名称：“总部经济集聚区”（1次，首见30:100）、“总部集聚区”（1次，首见30:128）；本规划词典（guangming-industry-15）用“总部集聚区” [term-variant]
corpus/guangming-industrialization-15th-explanation.txt: 本稿属于 guangming-industry-15，对照其上级规划检查
corpus/guangming-industrialization-15th-explanation.txt: 对照 national-15（中华人民共和国国民经济和社会发展第十五个五年规划纲要）：必选项 10/18（55.6%），全部条目 20/69
  已覆盖：新能源（部署）、新材料（部署）、机器人（部署）、生物医药（部署）、高端装备（部署）、低空经济（提及）、集成电路（部署）、生物制造（部署）、脑机接口（部署）、具身智能（提及）
  未覆盖：新一代信息技术、智能网联新能源汽车、航空航天、海洋经济、新型储能、量子科技、氢能和核聚变能、第六代移动通信
corpus/guangming-industrialization-15th-explanation.txt: 对照 guangdong-15（广东省国民经济和社会发展第十五个五年规划纲要）：必选项 6/16（37.5%），全部条目 12/52
  已覆盖：新能源（部署）、新材料（部署）、集成电路（部署）、低空经济（提及）、生物制造（部署）、具身智能（提及）
  未覆盖：智能网联汽车、智能机器人、医药和医疗器械、航空航天、第六代移动通信、细胞与基因治疗、脑科学与脑机接口、氢能及先进核能、深海探测、量子科技
corpus/guangming-industrialization-15th-explanation.txt: 对照 shenzhen-15（深圳市国民经济和社会发展第十五个五年规划纲要）：必选项 19/40（47.5%），全部条目 25/57
  已覆盖：半导体与集成电路（部署）、人工智能（部署）、生物医药（部署）、高端医疗器械（部署）、新能源（部署）、超高清视频显示（部署）、智能终端（部署）、智能传感器（部署）、高端装备与仪器（部署）、机器人（部署）、高性能材料（提及）、合成生物（部署）、脑科学与脑机工程（部署）、前沿新材料（部署）、新材料（部署）、低空经济（提及）、生物制造（部署）、具身智能（提及）、脑机接口（部署）
  未覆盖：智能网联汽车、低空经济与空天、大健康、安全节能环保、网络与通信、软件与信息服务、数字创意、现代时尚、海洋产业、量子信息、光载信息、智能机器人、细胞与基因、深地深海、新一代信息技术、医药和医疗器械、航空航天、全屋智能、第六代移动通信、氢能和核聚变能、量子科技
