# HTML on stdin is recognised by its markup.
args: --self national-15 -
stdin: tests/golden/data/html-fragment.txt
rc: 1
---
-:1:5: error: unbalanced 《: no closing 》 in this paragraph (at "《某某条例，推动工作落…") [paired-punct]
-: a draft of national-15, checked against its parent plans
