# With no .plancheck.conf above a file, $XDG_CONFIG_HOME/plancheck/config
# applies (paired-punct off, plans = mini-national); a .plancheck.conf above
# the file wins over it (near/: coverage-gap off, paired-punct on). $PWD
# is the repository root where the runner evaluates env:.
args: tests/golden/data/cfg-xdg/draft.txt tests/golden/data/cfg-xdg/near/draft.txt
env: XDG_CONFIG_HOME="$PWD/tests/golden/data/cfg-xdg/config"
rc: 1
---
tests/golden/data/cfg-xdg/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-xdg/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-xdg/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
tests/golden/data/cfg-xdg/near/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-xdg/near/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-xdg/near/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
