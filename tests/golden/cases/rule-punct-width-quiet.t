# Non-hits of punct-width: look-alikes that must stay silent (see the input).
args: --self national-15 tests/golden/data/rule-punct-width-quiet.txt
rc: 0
---
tests/golden/data/rule-punct-width-quiet.txt: a draft of national-15, checked against its parent plans
