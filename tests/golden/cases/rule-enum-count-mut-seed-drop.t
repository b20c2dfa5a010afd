# Mutation of the seed (see tests/golden/data/mut-enum-seed-drop.txt): compare
# with rule-enum-count-seed.t — one new enum-count finding on the changed line,
# nothing else new.
args: --self national-15 --fail-on never tests/golden/data/mut-enum-seed-drop.txt
rc: 0
---
tests/golden/data/mut-enum-seed-drop.txt:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-enum-seed-drop.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/mut-enum-seed-drop.txt:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
tests/golden/data/mut-enum-seed-drop.txt:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
tests/golden/data/mut-enum-seed-drop.txt:26:69: error: declared "六大方向" (6) but lists 5 items: 算力基础设施、具身数据与智能体、人工智能终端、具身机器人本体及核心部件、高端装备 [enum-count]
tests/golden/data/mut-enum-seed-drop.txt:26:468: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/mut-enum-seed-drop.txt:26:784: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/mut-enum-seed-drop.txt: a draft of national-15, checked against its parent plans
