# outline-order stays silent: overview in the chapters' order (基础和形势 for
# 发展基础与面临形势 is fine: both words appear), a counted list in its
# sub-headings' order.
args: --self national-15 tests/golden/data/rule-outline-order-silent.txt
rc: 0
---
tests/golden/data/rule-outline-order-silent.txt: a draft of national-15, checked against its parent plans
