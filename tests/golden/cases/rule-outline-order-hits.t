# outline-order: an overview whose order differs from the chapters (and one
# item, 保障措施, not in its heading 实施保障: a note); a counted list whose
# sub-headings come in another order; 重点产业和保障措施 is split at 和 since
# only that reading gives 五个方面.
args: --self national-15 tests/golden/data/rule-outline-order-hits.txt
rc: 0
---
tests/golden/data/rule-outline-order-hits.txt:6:22: warning: the overview lists "空间布局" before "重点产业", but the headings that follow put "第三章重点产业" before "第四章产业空间布局" [outline-order]
tests/golden/data/rule-outline-order-hits.txt:6:32: note: overview item "保障措施" does not match its heading "第五章实施保障": "保障措施" not in it [outline-order]
tests/golden/data/rule-outline-order-hits.txt:18:3: warning: the overview lists "电子信息" before "生物医药", but the headings that follow put "做优生物医药产业" before "做大电子信息产业" [outline-order]
tests/golden/data/rule-outline-order-hits.txt: a draft of national-15, checked against its parent plans
