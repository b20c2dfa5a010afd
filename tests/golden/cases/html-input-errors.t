# Hostile and broken HTML: a DOCTYPE with an internal subset (XXE), entity
# declarations in an SVG island (billion laughs), 300 nested <div> (limit
# 256), invalid UTF-8 in a page declared UTF-8. One error line each, naming
# the file and the line or byte offset; nothing is expanded; exit 2; the
# good page in the same run is still checked and reported.
args: --self national-15 tests/golden/data/html-xxe.html tests/golden/data/html-lol.html tests/golden/data/html-deep.html tests/golden/data/html-bad-utf8.html tests/golden/data/html-planted.html
rc: 2
---
tests/golden/data/html-planted.html:12:23: error: declared "三大产业集群" (3) but lists 4 items: 智能终端、新能源、新材料、生物医药 [enum-count]
tests/golden/data/html-planted.html:14:7: error: unbalanced 《: no closing 》 in this paragraph (at "《某某条例，推动工作落…") [paired-punct]
tests/golden/data/html-planted.html:19:3: error: unbalanced “: no closing ” in this paragraph (at "“智能化、绿色化发展方…") [paired-punct]
tests/golden/data/html-planted.html:21:11: error: wrongly nested “: 》 closes 《 before ” closes it (at "“数字政府》建设的意见…") [paired-punct]
tests/golden/data/html-planted.html: a draft of national-15, checked against its parent plans
stderr: tests/golden/data/html-xxe.html: error: document type declaration or entity at line 1 is not allowed (never expanded)
stderr: tests/golden/data/html-lol.html: error: document type declaration or entity at line 5 is not allowed (never expanded)
stderr: tests/golden/data/html-deep.html: error: markup nested too deeply at line 2
stderr: tests/golden/data/html-bad-utf8.html: error: invalid UTF-8 byte sequence at byte offset 57
