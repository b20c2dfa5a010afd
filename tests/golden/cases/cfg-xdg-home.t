# A relative XDG_CONFIG_HOME is ignored (XDG base directory rules):
# $HOME/.config/plancheck/config applies (plans = mini-city, separator-style
# off); near/ still uses its own .plancheck.conf.
args: tests/golden/data/cfg-xdg/draft.txt tests/golden/data/cfg-xdg/near/draft.txt
env: XDG_CONFIG_HOME=relative/dir HOME="$PWD/tests/golden/data/cfg-xdg/home"
rc: 1
---
tests/golden/data/cfg-xdg/draft.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/cfg-xdg/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-xdg/draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
tests/golden/data/cfg-xdg/near/draft.txt:7:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-xdg/near/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-xdg/near/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
