# The moved draft of baseline-moved with two new findings: a new hyphen
# chain (line 9) and a second copy of the recorded unclosed 《 (line 11). A
# recorded finding suppresses only as many findings as were recorded, so the
# first 《 (line 7) is suppressed and the second reported; exit 1 for it.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-stdin.json -
stdin: tests/golden/data/baseline-new.txt
rc: 1
---
-:9:4: warning: chain "原料制备-材料加工-终端应用" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "原料制备—材料加工—终端应用" [separator-style]
-:11:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
-: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
-: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
