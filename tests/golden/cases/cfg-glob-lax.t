# [lax/*.txt] sets fail-on = never: the lax draft alone exits 0 although
# paired-punct reports an error.
args: tests/golden/data/cfg-glob/lax/draft.txt
rc: 0
---
tests/golden/data/cfg-glob/lax/draft.txt:1:1: note: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-glob/lax/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-glob/lax/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
