# The format is decided by content: a DOCX named .txt is read as DOCX (the
# findings of docx-planted), and the table at its full depth (11, see
# docx-max-depth) reads.
args: --self national-15 tests/golden/data/docx-planted-named.txt --max-depth 11 tests/data/docx/table.docx
rc: 1
---
tests/golden/data/docx-planted-named.txt:3:23: error: declared "三大产业集群" (3) but lists 4 items: 智能终端、新能源、新材料、生物医药 [enum-count]
tests/golden/data/docx-planted-named.txt:4:5: error: unbalanced 《: no closing 》 in this paragraph (at "《数字政府建设要求。") [paired-punct]
tests/golden/data/docx-planted-named.txt:6:3: error: unbalanced “: no closing ” in this paragraph (at "“智能化、绿色化发展方…") [paired-punct]
tests/golden/data/docx-planted-named.txt:7:11: error: wrongly nested “: 》 closes 《 before ” closes it (at "“数字政府》建设的意见…") [paired-punct]
tests/golden/data/docx-planted-named.txt: a draft of national-15, checked against its parent plans
tests/data/docx/table.docx: a draft of national-15, checked against its parent plans
