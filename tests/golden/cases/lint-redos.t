# A pattern with catastrophic backtracking: found by a probe that hits the
# PCRE2 match limit, reported, never a hang; exit 1.
args: dict lint tests/data/lint/redos
rc: 1
---
tests/data/lint/redos/redos.xml:11:16: error: item "catastrophic": pattern “(a+)+$” backtracks catastrophically: it hits the PCRE2 match limit on “aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa。a1一”, and a check abandons it on such text [lint-pattern]
