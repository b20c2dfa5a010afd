# rule.ID in the configuration: paired-punct off (its error is gone),
# separator-style raised to error (exit 1), coverage-gap lowered to note.
args: tests/golden/data/cfg-rules/draft.txt
rc: 1
---
tests/golden/data/cfg-rules/draft.txt:1:1: note: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-rules/draft.txt:7:4: error: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-rules/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
