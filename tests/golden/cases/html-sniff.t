# A file named .txt that holds HTML is read as HTML (by content): the error
# is at column 5 of the paragraph, not at column 8 of the raw line.
args: --self national-15 tests/golden/data/html-fragment.txt
rc: 1
---
tests/golden/data/html-fragment.txt:1:5: error: unbalanced 《: no closing 》 in this paragraph (at "《某某条例，推动工作落…") [paired-punct]
tests/golden/data/html-fragment.txt: a draft of national-15, checked against its parent plans
