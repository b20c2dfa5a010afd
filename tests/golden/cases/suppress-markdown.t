# Suppressions work in Markdown drafts as in text: the head disable covers
# coverage-gap, the disable-next-line covers the next line only.
args: --dicts tests/golden/data/mini-dicts --report-unused-suppressions tests/golden/data/suppress-draft.md
rc: 0
---
tests/golden/data/suppress-draft.md:9:4: warning: chain "原料制备-材料加工-终端应用" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "原料制备—材料加工—终端应用" [separator-style]
tests/golden/data/suppress-draft.md: against mini-national (national): required 0/2 (0.0%), all items 0/4
  missing: 新能源, 新材料
tests/golden/data/suppress-draft.md: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
