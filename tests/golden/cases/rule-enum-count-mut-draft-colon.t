# Mutation of rule-enum-count-silent.txt (tests/golden/data/mut-enum-draft-colon.txt):
# exactly one enum-count finding, on the changed line.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-draft-colon.txt
rc: 0
---
tests/golden/data/mut-enum-draft-colon.txt:15:13: error: declared "三大领域" (3) but lists 4 items: 智能制造、智慧城市、数字文旅、智慧农业 [enum-count]
tests/golden/data/mut-enum-draft-colon.txt: a draft of national-15, checked against its parent plans
