# The .plancheck.conf above the draft (found by walking up from its
# directory) sets dicts (relative to the configuration file) and plans =
# mini-city: only mini-city is checked, with the small test dictionaries.
args: tests/golden/data/cfg-plans/draft.txt
rc: 1
---
tests/golden/data/cfg-plans/draft.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/cfg-plans/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-plans/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-plans/draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
