# lint-collision's warning in Chinese (--lang zh).
args: dict lint --lang zh tests/data/lint/collision
rc: 1
---
tests/data/lint/collision/collision.xml:16:29: warning: 条目“clean-energy”的“绿色能源”也是条目“new-energy”（第 9 行）的词，命中全部归于该条目，本条目得不到命中 [lint-alias-collision]
