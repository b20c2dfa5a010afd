# Mutation of rule-outline-order-silent.txt (tests/golden/data/mut-outline-draft-swap.txt):
# exactly one outline-order finding, on the overview's line.
args: --self national-15 --fail-on never tests/golden/data/mut-outline-draft-swap.txt
rc: 0
---
tests/golden/data/mut-outline-draft-swap.txt:6:18: warning: the overview lists "空间布局" before "重点产业", but the headings that follow put "第三章重点产业" before "第四章空间布局" [outline-order]
tests/golden/data/mut-outline-draft-swap.txt: a draft of national-15, checked against its parent plans
