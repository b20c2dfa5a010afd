# --print-config FILE prints the configuration file used and the settings
# for FILE: the root section merged with every matching section, later wins
# (rule.coverage-gap = note from [draft.txt] over off from [strict/*]);
# dicts resolved against the configuration's directory; exit 0 without
# checking anything.
args: --config tests/golden/data/cfg-glob/.plancheck.conf --print-config tests/golden/data/cfg-glob/strict/draft.txt
rc: 0
---
# tests/golden/data/cfg-glob/.plancheck.conf
plans = mini-national
dicts = tests/golden/data/cfg-glob/../mini-dicts
fail-on = warning
rule.coverage-gap = note
rule.separator-style = error
