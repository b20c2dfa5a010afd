# A count error planted in paragraph 26 of a DOCX (docx-seed-enum.docx: the
# seed with one w:p per text line, blank lines included, and 六大方向 changed
# to 五大方向) is reported at line 26, at the column of the text version
# (compare rule-enum-count-mut-seed-count: the same findings at the same
# line:col). Only new here: the title, two w:p in this file, is two
# paragraphs, so each half has an unbalanced 《 or 》.
args: --self national-15 --fail-on never tests/golden/data/docx-seed-enum.docx
rc: 0
---
tests/golden/data/docx-seed-enum.docx:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/docx-seed-enum.docx:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/docx-seed-enum.docx:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
tests/golden/data/docx-seed-enum.docx:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
tests/golden/data/docx-seed-enum.docx:26:74: error: declared "五大方向" (5) but lists 6 items: 算力基础设施、具身数据与智能体、鸿蒙生态、人工智能终端、具身机器人本体及核心部件、高端装备 [enum-count]
tests/golden/data/docx-seed-enum.docx:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/docx-seed-enum.docx:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/docx-seed-enum.docx: a draft of national-15, checked against its parent plans
