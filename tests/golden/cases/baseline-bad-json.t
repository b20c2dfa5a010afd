# A baseline that is not valid JSON: refused with the file's line and
# column, exit 2, nothing checked.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-bad-json.json tests/golden/data/baseline-draft.txt
rc: 2
---
stderr: plancheck: tests/golden/data/baseline-bad-json.json:5:26: '}' expected near '"text"'
