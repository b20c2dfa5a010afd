# --max-findings 2: two findings of a rule per file are kept; the rest of
# each rule (one coverage gap, three unclosed “) are counted in one note
# [finding-limit] at the first one left out. The exit status is that of the
# findings kept.
args: --dicts tests/golden/data/mini-dicts --no-summary --max-findings 2 tests/golden/data/limit-quotes.txt
rc: 1
---
tests/golden/data/limit-quotes.txt:1:1: warning: not covered: "新能源", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/limit-quotes.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/limit-quotes.txt:1:1: note: 1 more coverage-gap finding(s) in this file not shown (at most 2 per rule; --max-findings) [finding-limit]
tests/golden/data/limit-quotes.txt:2:3: error: unbalanced “: no closing ” in this paragraph (at "“数字化、“智能化、“…") [paired-punct]
tests/golden/data/limit-quotes.txt:2:8: error: unbalanced “: no closing ” in this paragraph (at "“智能化、“绿色化和“…") [paired-punct]
tests/golden/data/limit-quotes.txt:2:13: note: 3 more paired-punct finding(s) in this file not shown (at most 2 per rule; --max-findings) [finding-limit]
