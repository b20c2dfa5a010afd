# Mutation of a clean written draft (compare rule-numbering-draft, the
# unmutated draft):
# 第三节 推进数字化转型 became 第四节 (line 25); one finding there.
args: --self national-15 tests/golden/data/mut-numbering-draft-section.txt
rc: 1
---
tests/golden/data/mut-numbering-draft-section.txt:25:1: error: out of sequence: expected "第三节" after "第二节", found "第四节" (a gap) [numbering]
tests/golden/data/mut-numbering-draft-section.txt: a draft of national-15, checked against its parent plans
