# The seed with chapter five named 主要任务: the note of rule-enum-count-seed.t
# is gone, the order warning stays.
args: --self national-15 --fail-on never tests/golden/data/mut-outline-seed-word.txt
rc: 0
---
tests/golden/data/mut-outline-seed-word.txt:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-outline-seed-word.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-outline-seed-word.txt:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章主要任务" [outline-order]
tests/golden/data/mut-outline-seed-word.txt:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/mut-outline-seed-word.txt:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/mut-outline-seed-word.txt: a draft of national-15, checked against its parent plans
