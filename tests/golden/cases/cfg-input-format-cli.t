# --input-format html on the command line wins over input-format = text in
# the configuration: the page is read as HTML, the unclosed 《 at column 3 of
# its paragraph's text (line 5, where the <p> starts).
args: --input-format html tests/golden/data/cfg-input-format/page.html
rc: 1
---
tests/golden/data/cfg-input-format/page.html:5:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-input-format/page.html: against mini-national (national): required 2/2 (100.0%), all items 2/4
  covered: 新能源 (mentioned), 新材料 (mentioned)
