# --config naming a file that does not exist: reported with [config], exit
# 2, and the draft still checked with the command line's settings.
args: --config tests/golden/data/cfg-named/no-such.conf --dicts tests/golden/data/mini-dicts --plan mini-national tests/golden/data/cfg-plans/draft.txt
rc: 2
---
tests/golden/data/cfg-plans/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-plans/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-plans/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-plans/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
stderr: tests/golden/data/cfg-named/no-such.conf: error: cannot read the configuration file: No such file or directory [config]
