# A baseline entry without one of its four strings: refused naming the entry
# and the field, exit 2, nothing checked.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-bad-shape.json tests/golden/data/baseline-draft.txt
rc: 2
---
stderr: plancheck: tests/golden/data/baseline-bad-shape.json: findings[1] has no "text"
