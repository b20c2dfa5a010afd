# Mutation of rule-enum-count-silent.txt (tests/golden/data/mut-enum-draft-restated.txt):
# exactly one enum-count finding, on the changed line.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-draft-restated.txt
rc: 0
---
tests/golden/data/mut-enum-draft-restated.txt:16:47: error: declared "三大数字产业片区" (3) but the next sentence declares "两个特色产业片区" (2) and lists 2 items: 北湾软件园、临港数字港 [enum-count]
tests/golden/data/mut-enum-draft-restated.txt: a draft of national-15, checked against its parent plans
