# --report-unused-suppressions: the directives of suppress-directives that
# suppress nothing are reported at their line as unused-suppression
# warnings: one naming a rule with no finding on the next line, a bare one,
# and one naming both an unknown rule and a rule with nothing left to
# suppress (one warning each). The used ones are not reported; the exit
# status is still from the paired-punct errors.
args: --dicts tests/golden/data/mini-dicts --report-unused-suppressions tests/golden/data/suppress-draft.txt
rc: 1
---
tests/golden/data/suppress-draft.txt:8:4: warning: chain "原料制备-材料加工-终端应用" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "原料制备—材料加工—终端应用" [separator-style]
tests/golden/data/suppress-draft.txt:11:3: error: unbalanced 《: no closing 》 in this paragraph (at "《节水行动方案落地。") [paired-punct]
tests/golden/data/suppress-draft.txt:16:24: error: unbalanced 《: no closing 》 in this paragraph (at "《规定。") [paired-punct]
tests/golden/data/suppress-draft.txt:18:1: warning: unused suppression: no punct-width finding here to suppress [unused-suppression]
tests/golden/data/suppress-draft.txt:20:1: warning: unused suppression: no finding here to suppress [unused-suppression]
tests/golden/data/suppress-draft.txt:22:1: warning: unused suppression: no rule is called no-such-rule [unused-suppression]
tests/golden/data/suppress-draft.txt:22:1: warning: unused suppression: no paired-punct finding here to suppress [unused-suppression]
tests/golden/data/suppress-draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/suppress-draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
