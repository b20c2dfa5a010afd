# A duplicate item id: reported once, as lint-duplicate-id; the file is not
# loaded, so exit 2.
args: dict lint tests/data/lint/dup-id
rc: 2
---
tests/data/lint/dup-id/dup.xml:15:1: error: duplicate item id "x" (first at line 9) [lint-duplicate-id]
