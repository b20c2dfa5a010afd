# Mutation of rule-enum-count-silent.txt (tests/golden/data/mut-enum-draft-ordinal.txt):
# exactly one enum-count finding, on the changed line.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-draft-ordinal.txt
rc: 0
---
tests/golden/data/mut-enum-draft-ordinal.txt:14:6: error: declared "两大产业" (2) but the ordinals after it list 1 item: 一是软件和信息服务 [enum-count]
tests/golden/data/mut-enum-draft-ordinal.txt: a draft of national-15, checked against its parent plans
