# --format text on a small draft with findings of three rules (coverage-gap,
# separator-style, paired-punct), a draft whose name holds a space, a comma,
# a colon and a percent sign, and a missing file, in one run: diagnostics
# path:line:col: severity: message [rule] and the coverage summary on
# stdout; the input error only on stderr. Exit status 2 (an input error) as
# in every format.
args: --dicts tests/golden/data/mini-dicts --format text tests/golden/data/fmt-draft.txt 'tests/golden/data/fmt-odd name,a:b%.txt' tests/golden/data/no-such-draft.txt
rc: 2
---
tests/golden/data/fmt-draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/fmt-draft.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/fmt-draft.txt:5:4: warning: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/fmt-draft.txt:6:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低5%行动方案…") [paired-punct]
tests/golden/data/fmt-draft.txt: against mini-national (national): required 1/2 (50.0%), all items 2/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/fmt-draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
tests/golden/data/fmt-odd name,a:b%.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/fmt-odd name,a:b%.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/fmt-odd name,a:b%.txt:4:3: error: unbalanced 《: no closing 》 in this paragraph (at "《新能源50%行动方案…") [paired-punct]
tests/golden/data/fmt-odd name,a:b%.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
tests/golden/data/fmt-odd name,a:b%.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
stderr: tests/golden/data/no-such-draft.txt: error: cannot read: No such file or directory
