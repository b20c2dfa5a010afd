# Mutation of rule-enum-count-silent.txt (tests/golden/data/mut-enum-draft-joiner.txt):
# exactly one enum-count finding, on the changed line.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-draft-joiner.txt
rc: 0
---
tests/golden/data/mut-enum-draft-joiner.txt:17:24: error: declared "五大要素" (5) but lists 3 to 4 items (reading 和/及/与 as joining two items or not): 人才、资金、数据及算力 [enum-count]
tests/golden/data/mut-enum-draft-joiner.txt: a draft of national-15, checked against its parent plans
