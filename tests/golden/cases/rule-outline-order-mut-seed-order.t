# The seed with its overview in the chapters' order (空间布局、主要任务): the
# order warning of rule-enum-count-seed.t is gone, the note (主要任务 is not
# in 重点任务) stays.
args: --self national-15 --fail-on never tests/golden/data/mut-outline-seed-order.txt
rc: 0
---
tests/golden/data/mut-outline-seed-order.txt:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-outline-seed-order.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-outline-seed-order.txt:19:28: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
tests/golden/data/mut-outline-seed-order.txt:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/mut-outline-seed-order.txt:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/mut-outline-seed-order.txt: a draft of national-15, checked against its parent plans
