# --max-findings 0: every finding is reported, no finding-limit note.
args: --dicts tests/golden/data/mini-dicts --no-summary --max-findings 0 tests/golden/data/limit-quotes.txt
rc: 1
---
tests/golden/data/limit-quotes.txt:1:1: warning: not covered: "新能源", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/limit-quotes.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/limit-quotes.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/limit-quotes.txt:2:3: error: unbalanced “: no closing ” in this paragraph (at "“数字化、“智能化、“…") [paired-punct]
tests/golden/data/limit-quotes.txt:2:8: error: unbalanced “: no closing ” in this paragraph (at "“智能化、“绿色化和“…") [paired-punct]
tests/golden/data/limit-quotes.txt:2:13: error: unbalanced “: no closing ” in this paragraph (at "“绿色化和“融合化发展…") [paired-punct]
tests/golden/data/limit-quotes.txt:2:18: error: unbalanced “: no closing ” in this paragraph (at "“融合化发展。") [paired-punct]
tests/golden/data/limit-quotes.txt:3:3: error: unbalanced “: no closing ” in this paragraph (at "“创新驱动。") [paired-punct]
