# Errors planted in a government page: each is reported on the source line
# where its paragraph's element starts (a <p> whose start tag spans lines
# 14-15 counts from its '<'; a <td> on line 19), the column counted in the
# paragraph's text. A <br> is a line break inside the paragraph: the error
# after it (text on line 22) is at 21:11, counted from the <p>. The same
# errors in the script, the nav and the footer are not draft text and are
# not reported.
args: --self national-15 tests/golden/data/html-planted.html
rc: 1
---
tests/golden/data/html-planted.html:12:23: error: declared "三大产业集群" (3) but lists 4 items: 智能终端、新能源、新材料、生物医药 [enum-count]
tests/golden/data/html-planted.html:14:7: error: unbalanced 《: no closing 》 in this paragraph (at "《某某条例，推动工作落…") [paired-punct]
tests/golden/data/html-planted.html:19:3: error: unbalanced “: no closing ” in this paragraph (at "“智能化、绿色化发展方…") [paired-punct]
tests/golden/data/html-planted.html:21:11: error: wrongly nested “: 》 closes 《 before ” closes it (at "“数字政府》建设的意见…") [paired-punct]
tests/golden/data/html-planted.html: a draft of national-15, checked against its parent plans
