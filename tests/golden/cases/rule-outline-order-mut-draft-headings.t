# Mutation of rule-outline-order-silent.txt (tests/golden/data/mut-outline-draft-headings.txt):
# exactly one outline-order finding, on the overview's line.
args: --self national-15 --fail-on never tests/golden/data/mut-outline-draft-headings.txt
rc: 0
---
tests/golden/data/mut-outline-draft-headings.txt:18:3: warning: the overview lists "电子信息" before "生物医药", but the headings that follow put "做优生物医药产业" before "做大电子信息产业" [outline-order]
tests/golden/data/mut-outline-draft-headings.txt: a draft of national-15, checked against its parent plans
