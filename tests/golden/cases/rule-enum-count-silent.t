# enum-count stays silent: every count of every form agrees with its list
# (and 1+2 is not checked: 一个 counts no list); numbers that count nothing
# (二十大, 十五五, 一城三区, 两业融合, 第三代, 三四个, 十余个, 这三大, 未来五年)
# and counts with no list (两个区级算力中心) are no findings.
args: --self national-15 tests/golden/data/rule-enum-count-silent.txt
rc: 0
---
tests/golden/data/rule-enum-count-silent.txt: a draft of national-15, checked against its parent plans
