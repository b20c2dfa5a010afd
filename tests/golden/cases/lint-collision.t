# An alias claimed by two items of one plan: a warning at the second, exit 1.
args: dict lint tests/data/lint/collision
rc: 1
---
tests/data/lint/collision/collision.xml:16:29: warning: item "clean-energy": “绿色能源” is also a term of item "new-energy" (line 9); its hits all go to that item, none to this one [lint-alias-collision]
