# A positive example that gives no hit of its item: an error at the
# example's line, exit 1.
args: dict lint tests/data/lint/example-true
rc: 1
---
tests/data/lint/example-true/example.xml:10:29: error: item "new-energy": example match="true" gives no hit of the item (hits: none) [lint-example]
