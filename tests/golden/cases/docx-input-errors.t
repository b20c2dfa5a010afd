# Broken and hostile DOCX files: truncated (the first half of seed.docx), a
# zip without word/document.xml, a CRC error, zip bombs (200 MB of spaces
# in a w:t, about 200 KB on disk; one with honest headers, one whose
# headers claim 1000 bytes and is stopped while inflating at the 64 MiB
# default limit), XXE (an external entity naming /etc/passwd), billion
# laughs, 100,000 nested elements, a tag mismatch. One error line each,
# naming the file; nothing expanded or read; exit 2; the good file in the
# same run is still checked and reported.
args: --self national-15 tests/data/docx/truncated.docx tests/data/docx/nodoc.docx tests/data/docx/crc.docx tests/data/docx/bomb.docx tests/data/docx/bomb-lying.docx tests/data/docx/xxe.docx tests/data/docx/laughs.docx tests/data/docx/deep.docx tests/data/docx/badxml.docx tests/golden/data/docx-seed-enum.docx
rc: 2
---
tests/golden/data/docx-seed-enum.docx:6:205: note: unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/docx-seed-enum.docx:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
tests/golden/data/docx-seed-enum.docx:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
tests/golden/data/docx-seed-enum.docx:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
tests/golden/data/docx-seed-enum.docx:26:74: error: declared "五大方向" (5) but lists 6 items: 算力基础设施、具身数据与智能体、鸿蒙生态、人工智能终端、具身机器人本体及核心部件、高端装备 [enum-count]
tests/golden/data/docx-seed-enum.docx:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
tests/golden/data/docx-seed-enum.docx:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
tests/golden/data/docx-seed-enum.docx: a draft of national-15, checked against its parent plans
stderr: tests/data/docx/truncated.docx: error: not a readable DOCX: not a zip archive
stderr: tests/data/docx/nodoc.docx: error: not a readable DOCX: no word/document.xml
stderr: tests/data/docx/crc.docx: error: not a readable DOCX: word/document.xml: CRC error
stderr: tests/data/docx/bomb.docx: error: a part of the document expands beyond the limit of 67108864 bytes (word/document.xml)
stderr: tests/data/docx/bomb-lying.docx: error: a part of the document expands beyond the limit of 67108864 bytes (word/document.xml)
stderr: tests/data/docx/xxe.docx: error: document type declaration or entity at line 2 is not allowed (never expanded)
stderr: tests/data/docx/laughs.docx: error: document type declaration or entity at line 2 is not allowed (never expanded)
stderr: tests/data/docx/deep.docx: error: markup nested too deeply at line 2
stderr: tests/data/docx/badxml.docx: error: markup error at line 3: word/document.xml: Opening and ending tag mismatch: t line 3 and r
