# dict lint --dicts DIR: the same directory as a check would load; a
# term naming differently named items in two plans is a note (exit 0).
args: dict lint --dicts tests/data/lint/shared
rc: 0
---
tests/data/lint/shared/b.xml:13:13: note: item "icv" (“智能网联汽车”) shares terms with items of other plans named otherwise: “智能网联汽车” with "icv" (“智能网联新能源汽车”) of lint-shared-a, line 13 [lint-alias-shared]
