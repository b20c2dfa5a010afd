# Inline suppressions in a text draft (suppress-plain is the same draft
# without the directive lines, with all its findings): disable coverage-gap
# in the head of the file (covers the 1:1 findings), disable/enable
# separator-style around a line, disable-next-line paired-punct (the line
# after next is still reported), a bare disable/enable (every rule), a
# disable-next-line naming one rule (the other rule on that line still
# reported). Findings keep their real line numbers; the directive lines and
# the other one-line HTML comment (which holds a hyphen chain, an unclosed 《
# and 新材料) produce no finding and no coverage. Without
# --report-unused-suppressions the unused directives are silent.
args: --dicts tests/golden/data/mini-dicts tests/golden/data/suppress-draft.txt
rc: 1
---
tests/golden/data/suppress-draft.txt:8:4: warning: chain "原料制备-材料加工-终端应用" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "原料制备—材料加工—终端应用" [separator-style]
tests/golden/data/suppress-draft.txt:11:3: error: unbalanced 《: no closing 》 in this paragraph (at "《节水行动方案落地。") [paired-punct]
tests/golden/data/suppress-draft.txt:16:24: error: unbalanced 《: no closing 》 in this paragraph (at "《规定。") [paired-punct]
tests/golden/data/suppress-draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/suppress-draft.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
