# Mutation of the seed (see tests/golden/data/mut-enum-seed-sum.txt): compare
# with rule-enum-count-seed.t — one new enum-count finding on the changed line,
# nothing else new.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-seed-sum.txt
rc: 0
---
tests/golden/data/mut-enum-seed-sum.txt:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-enum-seed-sum.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-enum-seed-sum.txt:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
tests/golden/data/mut-enum-seed-sum.txt:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
tests/golden/data/mut-enum-seed-sum.txt:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/mut-enum-seed-sum.txt:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/mut-enum-seed-sum.txt:30:55: error: “3+8”产业片区 adds up 3+8, but the counts of its parts that follow are "三大总部经济集聚区" (3) and "九大产业片区" (9) [enum-count]
tests/golden/data/mut-enum-seed-sum.txt: a draft of national-15, checked against its parent plans
