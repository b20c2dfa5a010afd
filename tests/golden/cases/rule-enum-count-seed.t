# The seed: its 24 declared counts and 3 sums are all right — no enum-count
# finding (the other lines are other rules' findings).
args: --self national-15 --fail-on never corpus/guangming-industrialization-15th-explanation.txt
rc: 0
---
corpus/guangming-industrialization-15th-explanation.txt:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
corpus/guangming-industrialization-15th-explanation.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
corpus/guangming-industrialization-15th-explanation.txt:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
corpus/guangming-industrialization-15th-explanation.txt:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
corpus/guangming-industrialization-15th-explanation.txt:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
corpus/guangming-industrialization-15th-explanation.txt:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
corpus/guangming-industrialization-15th-explanation.txt: a draft of national-15, checked against its parent plans
