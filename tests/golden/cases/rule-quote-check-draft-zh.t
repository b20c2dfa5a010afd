# quote-check messages in Chinese.
args: --lang zh --plan guangming-industry-15 --ref tests/golden/data/rule-quote-check-ref-shenzhen.txt --ref tests/golden/data/rule-quote-check-ref-guangdong.txt tests/golden/data/rule-quote-check-draft.txt
rc: 0
---
tests/golden/data/rule-quote-check-draft.txt:4:9: warning: 引文与《深圳市国民经济和社会发展第十五个五年规划纲要》原文不一致：“建设全球”后缺少“领先的重要的”；原文为“建设全球领先的重要的先进制造业中心” [quote-check]
tests/golden/data/rule-quote-check-draft.txt:4:26: warning: 引文与《深圳市国民经济和社会发展第十五个五年规划纲要》原文不一致：原文“全屋智能”写成了“全屋智慧”；原文为“巩固拓展智能终端、网络与通信、智能网联汽车、集成电路、全屋智能等优势” [quote-check]
tests/golden/data/rule-quote-check-draft.txt:5:32: note: 引文未核对：未提供《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的参考文本（可用 --ref 指定） [quote-check]
tests/golden/data/rule-quote-check-draft.txt:6:29: warning: 引文与《广东省国民经济和社会发展第十五个五年规划纲要》原文不一致：“强化”后缺少“大”；原文为“做深做实产业科技合作，强化大湾区综合性国家科学中心支撑作用” [quote-check]
tests/golden/data/rule-quote-check-draft.txt:7:16: note: 引文未核对：未提供《青禾区产业发展白皮书》的参考文本（可用 --ref 指定） [quote-check]
tests/golden/data/rule-quote-check-draft.txt: 对照 guangming-industry-15（光明区加快推进新型工业化“十五五”规划）：必选项 0/0（100.0%），全部条目 0/78
