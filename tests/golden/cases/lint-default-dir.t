# dict lint without DIR lints $PLANCHECK_DICTS (here a clean test set:
# one note, exit 0); schemas come from the bundled directory.
args: dict lint
env: PLANCHECK_DICTS=tests/data/lint/clean
rc: 0
---
tests/data/lint/clean/clean.xml:24:5: note: item "hydrogen" (“氢能”) is not verified: check it against an official source (see its note) [lint-unverified]
