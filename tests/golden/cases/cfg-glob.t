# [glob] sections: the same draft in strict/ and lax/ gets different
# settings from one .plancheck.conf (strict: separator-style error,
# coverage-gap note as the later [draft.txt] section wins over off; lax:
# separator-style off, coverage-gap note). One exit status for the run: 1,
# from strict.
args: tests/golden/data/cfg-glob/strict/draft.txt tests/golden/data/cfg-glob/lax/draft.txt
rc: 1
---
tests/golden/data/cfg-glob/strict/draft.txt:1:1: note: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-glob/strict/draft.txt:7:4: error: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-glob/strict/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-glob/strict/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
tests/golden/data/cfg-glob/lax/draft.txt:1:1: note: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-glob/lax/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-glob/lax/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
