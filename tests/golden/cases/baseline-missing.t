# --baseline naming a file that does not exist: one error line, exit 2,
# nothing checked.
args: --dicts tests/golden/data/mini-dicts --baseline tests/golden/data/baseline-no-such.json tests/golden/data/baseline-draft.txt
rc: 2
---
stderr: plancheck: tests/golden/data/baseline-no-such.json: No such file or directory
