# min-coverage = 62.5% in the configuration: the draft covers 1 of 2
# required items of mini-national (50%) and has warnings only, so it exits 1
# for coverage alone.
args: tests/golden/data/cfg-min-coverage/draft.txt
rc: 1
---
tests/golden/data/cfg-min-coverage/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-min-coverage/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-min-coverage/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
