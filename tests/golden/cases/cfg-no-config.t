# --no-config ignores the .plancheck.conf above the draft (fail-on =
# warning): warnings only, exit 0. The command line gives the dictionaries
# and the plan instead.
args: --no-config --dicts tests/golden/data/mini-dicts --plan mini-national tests/golden/data/cfg-fail-on/draft.txt
rc: 0
---
tests/golden/data/cfg-fail-on/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-fail-on/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-fail-on/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
