# A directory that does not exist: one error naming it, exit 2.
args: dict lint tests/data/lint/no-such-dir
rc: 2
---
tests/data/lint/no-such-dir: error: cannot open the dictionary directory [lint-load]
