# The charset of a page: a GB2312 <meta> (http-equiv; read as GB18030, as
# browsers read GBK pages declared GB2312), no declaration at all (detected
# as GB18030), a Big5 <meta charset>. An error planted in each is reported
# with its decoded text, on the line of its element.
args: --self national-15 tests/golden/data/html-gb2312.html tests/golden/data/html-gb18030.html tests/golden/data/html-big5.html
rc: 1
---
tests/golden/data/html-gb2312.html:8:5: error: unbalanced 《: no closing 》 in this paragraph (at "《某某条例，推动工作落…") [paired-punct]
tests/golden/data/html-gb2312.html: a draft of national-15, checked against its parent plans
tests/golden/data/html-gb18030.html:5:3: error: unbalanced “: no closing ” in this paragraph (at "“智能化、绿色化发展方…") [paired-punct]
tests/golden/data/html-gb18030.html: a draft of national-15, checked against its parent plans
tests/golden/data/html-big5.html:4:3: error: “ is closed by 》; expected ” (at "“揭榜掛帥》機制，完善…") [paired-punct]
tests/golden/data/html-big5.html: a draft of national-15, checked against its parent plans
