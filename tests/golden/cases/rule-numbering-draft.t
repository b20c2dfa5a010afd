# A clean district 十五五 plan full of look-alikes (the base of the
# rule-*-mut-draft-* cases): no finding of numbering, paired-punct,
# period-year, separator-style or punct-width.
args: --self national-15 tests/golden/data/rule-numbering-draft.txt
rc: 0
---
tests/golden/data/rule-numbering-draft.txt: a draft of national-15, checked against its parent plans
