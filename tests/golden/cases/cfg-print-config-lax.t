# --print-config for the lax draft of cfg-glob: [lax/*.txt] and [draft.txt]
# merged over the root section.
args: --config tests/golden/data/cfg-glob/.plancheck.conf --print-config tests/golden/data/cfg-glob/lax/draft.txt
rc: 0
---
# tests/golden/data/cfg-glob/.plancheck.conf
plans = mini-national
dicts = tests/golden/data/cfg-glob/../mini-dicts
fail-on = never
rule.coverage-gap = note
rule.separator-style = off
