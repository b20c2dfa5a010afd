# enum-count messages in Chinese; the default --fail-on error gives rc 1.
args: --self national-15 --lang zh tests/golden/data/rule-enum-count-hits.txt
rc: 1
---
tests/golden/data/rule-enum-count-hits.txt:6:23: error: 声明“三大产业集群”（3 项），但列出 4 项：智能终端、新能源、新材料、生物医药 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:8:33: error: 声明“四大方向”（4 项），但列出 3 项：高端装备、智能终端、新型储能 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:10:6: error: 声明“四大工程”（4 项），但其下有 3 个小标题：1.智能制造升级工程、2.数字化转型工程、3.绿色低碳工程 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:14:6: error: 声明“两大未来产业”（2 项），但其后序数列出 3 项：一是低空经济、二是具身智能、三是生物制造 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:15:27: error: 声明“四大领域”（4 项），但列出 2～3 项（“和/及/与”可作连接或属项内）：新型显示、集成电路和人工智能 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:16:15: error: “2+4”产业片区为 2+4，但其后各分项的数量为“两大总部集聚区”（2）、“三大产业片区”（3） [enum-count]
tests/golden/data/rule-enum-count-hits.txt:17:15: error: 声明“三大专业园区”（3 项），但下一句为“两大专业园区”（2 项），列出 2 项：智能终端产业园、储能产业园 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:18:33: error: 声明“三大领域”（3 项），但“等”之前已列出 4 项：人工智能、集成电路、新型显示、高端装备 [enum-count]
tests/golden/data/rule-enum-count-hits.txt: 本稿属于 national-15，对照其上级规划检查
