# HTML drafts have no inline suppressions: the <!-- plancheck-disable -->
# comment of the page is a comment like any other, and every finding is
# reported (and the directive is not reported as unused).
args: --dicts tests/golden/data/mini-dicts --report-unused-suppressions tests/golden/data/suppress-page.html
rc: 1
---
tests/golden/data/suppress-page.html:2:1: warning: not covered: "新能源", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/suppress-page.html:2:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/suppress-page.html:2:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/suppress-page.html:5:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/suppress-page.html:6:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/suppress-page.html: against mini-national (national): required 0/2 (0.0%), all items 0/4
  missing: 新能源, 新材料
tests/golden/data/suppress-page.html: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
