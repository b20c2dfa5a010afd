# Non-hits of numbering: look-alikes that must stay silent (see the input).
args: --self national-15 tests/golden/data/rule-numbering-quiet.txt
rc: 0
---
tests/golden/data/rule-numbering-quiet.txt: a draft of national-15, checked against its parent plans
