# --baseline with the baseline recorded by --write-baseline on the same
# draft (tests/golden/data/baseline-draft.json, written by plancheck itself:
# see tests/workflow-formats.sh for the round trip): every finding
# suppressed, the coverage summary still printed, exit 0 although the draft
# has an error.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-draft.json tests/golden/data/baseline-draft.txt
rc: 0
---
tests/golden/data/baseline-draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/baseline-draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
