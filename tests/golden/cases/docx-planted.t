# Errors planted where only a DOCX can put them (docx-planted.docx, made by
# tests/data/docx/make-fixtures.py): the line is the w:p's number among all
# w:p of the body (table cells included, here 5 and 6), the column the
# character within it. A tracked insertion is text (4:5), a tracked
# deletion is not (the 《 deleted before it); after a w:br the column counts
# on, the break as one (7:11). The same errors in a field code, a text box
# and a footnote reference (paragraph 8) are not reported.
args: --self national-15 tests/golden/data/docx-planted.docx
rc: 1
---
tests/golden/data/docx-planted.docx:3:23: error: declared "三大产业集群" (3) but lists 4 items: 智能终端、新能源、新材料、生物医药 [enum-count]
tests/golden/data/docx-planted.docx:4:5: error: unbalanced 《: no closing 》 in this paragraph (at "《数字政府建设要求。") [paired-punct]
tests/golden/data/docx-planted.docx:6:3: error: unbalanced “: no closing ” in this paragraph (at "“智能化、绿色化发展方…") [paired-punct]
tests/golden/data/docx-planted.docx:7:11: error: wrongly nested “: 》 closes 《 before ” closes it (at "“数字政府》建设的意见…") [paired-punct]
tests/golden/data/docx-planted.docx: a draft of national-15, checked against its parent plans
