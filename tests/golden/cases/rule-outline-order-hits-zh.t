# outline-order messages in Chinese.
args: --self national-15 --lang zh tests/golden/data/rule-outline-order-hits.txt
rc: 0
---
tests/golden/data/rule-outline-order-hits.txt:6:22: warning: 概述中“空间布局”列在“重点产业”之前，但其后的标题“第三章重点产业”在“第四章产业空间布局”之前 [outline-order]
tests/golden/data/rule-outline-order-hits.txt:6:32: note: 概述项“保障措施”与对应标题“第五章实施保障”不一致：标题中没有“保障措施” [outline-order]
tests/golden/data/rule-outline-order-hits.txt:18:3: warning: 概述中“电子信息”列在“生物医药”之前，但其后的标题“做优生物医药产业”在“做大电子信息产业”之前 [outline-order]
tests/golden/data/rule-outline-order-hits.txt: 本稿属于 national-15，对照其上级规划检查
