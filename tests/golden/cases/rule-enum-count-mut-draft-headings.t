# Mutation of rule-enum-count-silent.txt (tests/golden/data/mut-enum-draft-headings.txt):
# exactly one enum-count finding, on the changed line.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-draft-headings.txt
rc: 0
---
tests/golden/data/mut-enum-draft-headings.txt:10:6: error: declared "四大工程" (4) but 3 sub-headings follow: 1.算力筑基工程、2.数据赋能工程、3.场景开放工程 [enum-count]
tests/golden/data/mut-enum-draft-headings.txt: a draft of national-15, checked against its parent plans
