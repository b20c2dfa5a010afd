# --input-format text reads the same file as text: the tags are characters
# and the column is that of the raw line.
args: --self national-15 --input-format text tests/golden/data/html-fragment.txt
rc: 1
---
tests/golden/data/html-fragment.txt:1:8: error: unbalanced 《: no closing 》 in this paragraph (at "《某某条例，推动工作落…") [paired-punct]
tests/golden/data/html-fragment.txt: a draft of national-15, checked against its parent plans
