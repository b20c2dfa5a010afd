# --config FILE applies to every input, and wins over the .plancheck.conf
# above the draft (cfg-plans' file would report coverage-gap; this one turns
# it off).
args: --config tests/golden/data/cfg-named/named.conf tests/golden/data/cfg-plans/draft.txt
rc: 1
---
tests/golden/data/cfg-plans/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-plans/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-plans/draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
