# plancheck-enable RULE inside a bare plancheck-disable brings back only
# RULE: on line 7 paired-punct is reported and separator-style still
# suppressed; after the bare plancheck-enable both are reported (line 9). A
# disable that is not in the head of the file does not cover the 1:1
# coverage-gap findings.
args: --dicts tests/golden/data/mini-dicts --report-unused-suppressions tests/golden/data/suppress-enable-one.txt
rc: 1
---
tests/golden/data/suppress-enable-one.txt:1:1: warning: not covered: "新能源", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/suppress-enable-one.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/suppress-enable-one.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/suppress-enable-one.txt:7:24: error: unbalanced 《: no closing 》 in this paragraph (at "《规定。") [paired-punct]
tests/golden/data/suppress-enable-one.txt:9:4: warning: chain "原料制备-材料加工-终端应用" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "原料制备—材料加工—终端应用" [separator-style]
tests/golden/data/suppress-enable-one.txt:9:25: error: unbalanced 《: no closing 》 in this paragraph (at "《办法。") [paired-punct]
tests/golden/data/suppress-enable-one.txt: against mini-national (national): required 0/2 (0.0%), all items 0/4
  missing: 新能源, 新材料
tests/golden/data/suppress-enable-one.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
