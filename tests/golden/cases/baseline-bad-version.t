# A baseline of another version: refused, exit 2, nothing checked.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-bad-version.json tests/golden/data/baseline-draft.txt
rc: 2
---
stderr: plancheck: tests/golden/data/baseline-bad-version.json: unsupported baseline version (expected 1)
