# Mutation of rule-outline-order-silent.txt (tests/golden/data/mut-outline-draft-word.txt):
# exactly one outline-order finding, on the overview's line.
args: --self national-15 --fail-on never tests/golden/data/mut-outline-draft-word.txt
rc: 0
---
tests/golden/data/mut-outline-draft-word.txt:6:29: note: overview item "保障措施" does not match its heading "第五章实施保障": "保障措施" not in it [outline-order]
tests/golden/data/mut-outline-draft-word.txt: a draft of national-15, checked against its parent plans
