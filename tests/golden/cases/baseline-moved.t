# Baselines match by rule, message and text, not by line: the draft of
# baseline-draft.json after an edit that moved every line (a section added
# above, two lines swapped, a blank line inserted), read from standard input
# with the baseline recorded from standard input (path "-"): still all
# suppressed, exit 0.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-stdin.json -
stdin: tests/golden/data/baseline-moved.txt
rc: 0
---
-: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
-: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
