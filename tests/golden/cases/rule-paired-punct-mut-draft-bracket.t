# Mutation of a clean written draft (compare rule-numbering-draft, the
# unmutated draft):
# the ） of （单个项目最高500万元） (line 33) deleted; one finding at the （.
args: --self national-15 tests/golden/data/mut-punct-draft-bracket.txt
rc: 1
---
tests/golden/data/mut-punct-draft-bracket.txt:33:75: error: unbalanced （: no closing ） in this paragraph (at "（单个项目最高500万…") [paired-punct]
tests/golden/data/mut-punct-draft-bracket.txt: a draft of national-15, checked against its parent plans
