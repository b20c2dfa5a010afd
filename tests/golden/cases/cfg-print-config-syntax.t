# The syntax of a configuration file, read back by --print-config: byte
# order mark, CRLF, # and ; comments, blanks, quoted values (with # and ;,
# printed quoted again), plan ids split on commas and blanks, period
# START:END, min-coverage with a fraction and %, a rule set twice (the later
# wins), and a [ ./sub/*.txt ] section header that matches sub/x.txt.
args: --config tests/golden/data/cfg-syntax/syntax.conf --print-config tests/golden/data/cfg-syntax/sub/x.txt
rc: 0
---
# tests/golden/data/cfg-syntax/syntax.conf
plans = mini-national,mini-city,mini-national
self = mini-city
dicts = "tests/golden/data/cfg-syntax/dicts; with # in the name"
period = 2026-2030
fail-on = note
min-coverage = 62.5
encoding = gb18030
input-format = auto
rule.coverage-gap = off
rule.paired-punct = off
rule.separator-style = error
