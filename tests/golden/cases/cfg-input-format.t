# input-format = text in the configuration: the HTML page is read as plain
# text, so the unclosed 《 is at column 6 of line 5, after "<p>推动"
# (cfg-input-format-cli: column 3 as HTML).
args: tests/golden/data/cfg-input-format/page.html
rc: 1
---
tests/golden/data/cfg-input-format/page.html:5:6: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-input-format/page.html: against mini-national (national): required 2/2 (100.0%), all items 2/4
  covered: 新能源 (mentioned), 新材料 (mentioned)
