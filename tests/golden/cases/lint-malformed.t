# A dictionary that is not well-formed: the loader's errors with file:line,
# exit 2.
args: dict lint tests/data/lint/malformed
rc: 2
---
tests/data/lint/malformed/broken.xml:9:1: error: Opening and ending tag mismatch: name line 9 and item [lint-load]
tests/data/lint/malformed/broken.xml:10:1: error: Opening and ending tag mismatch: item line 8 and group [lint-load]
tests/data/lint/malformed/broken.xml:11:1: error: Opening and ending tag mismatch: group line 6 and plan [lint-load]
tests/data/lint/malformed/broken.xml:12:1: error: Premature end of data in tag plan line 3 [lint-load]
