# Mutation of a clean written draft (compare rule-numbering-draft, the
# unmutated draft):
# the ， before 对重点项目 (line 33) became an ASCII ";"; one finding.
args: --self national-15 tests/golden/data/mut-punct-draft-width.txt
rc: 0
---
tests/golden/data/mut-punct-draft-width.txt:33:16: warning: ASCII ; in Chinese text at "、资金等要素;对重点项目实"; use the full-width ； [punct-width]
tests/golden/data/mut-punct-draft-width.txt: a draft of national-15, checked against its parent plans
