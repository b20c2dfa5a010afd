# Mutation of the seed (see tests/golden/data/mut-enum-seed-ordinal.txt): compare
# with rule-enum-count-seed.t — one new enum-count finding on the changed line,
# nothing else new.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-seed-ordinal.txt
rc: 0
---
tests/golden/data/mut-enum-seed-ordinal.txt:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-enum-seed-ordinal.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-enum-seed-ordinal.txt:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
tests/golden/data/mut-enum-seed-ordinal.txt:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
tests/golden/data/mut-enum-seed-ordinal.txt:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/mut-enum-seed-ordinal.txt:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/mut-enum-seed-ordinal.txt:32:7: error: declared "五大重点任务" (5) but the ordinals after it list 4 items: 一是推动产业创新提质、二是促进经济能级跃升、三是实施企业梯队培育、四是全面完善要素保障 [enum-count]
tests/golden/data/mut-enum-seed-ordinal.txt: a draft of national-15, checked against its parent plans
