# enum-count: one mismatch in each form of list — before the count, after a
# colon, sub-headings, ordinals, a 和 that may or may not join, a sum, a
# count restated in the next sentence, an open list showing more items than
# counted. --self national-15 checks against no plan: no coverage lines.
args: --self national-15 --fail-on never tests/golden/data/rule-enum-count-hits.txt
rc: 0
---
tests/golden/data/rule-enum-count-hits.txt:6:23: error: declared "三大产业集群" (3) but lists 4 items: 智能终端、新能源、新材料、生物医药 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:8:33: error: declared "四大方向" (4) but lists 3 items: 高端装备、智能终端、新型储能 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:10:6: error: declared "四大工程" (4) but 3 sub-headings follow: 1.智能制造升级工程、2.数字化转型工程、3.绿色低碳工程 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:14:6: error: declared "两大未来产业" (2) but the ordinals after it list 3 items: 一是低空经济、二是具身智能、三是生物制造 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:15:27: error: declared "四大领域" (4) but lists 2 to 3 items (reading 和/及/与 as joining two items or not): 新型显示、集成电路和人工智能 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:16:15: error: “2+4”产业片区 adds up 2+4, but the counts of its parts that follow are "两大总部集聚区" (2) and "三大产业片区" (3) [enum-count]
tests/golden/data/rule-enum-count-hits.txt:17:15: error: declared "三大专业园区" (3) but the next sentence declares "两大专业园区" (2) and lists 2 items: 智能终端产业园、储能产业园 [enum-count]
tests/golden/data/rule-enum-count-hits.txt:18:33: error: declared "三大领域" (3) but lists 4 items before 等: 人工智能、集成电路、新型显示、高端装备 [enum-count]
tests/golden/data/rule-enum-count-hits.txt: a draft of national-15, checked against its parent plans
