# Hits of numbering: each line of the input after the heading carries one
# error the rule must report, at that line. --self national-15 keeps the
# coverage report out (the national plan has no parent).
args: --self national-15 tests/golden/data/rule-numbering-hits.txt
rc: 1
---
tests/golden/data/rule-numbering-hits.txt:4:38: error: out of sequence: expected "三是" after "二是", found "四是" (a gap) [numbering]
tests/golden/data/rule-numbering-hits.txt:5:1: error: out of sequence: expected "二、" after "一、", found "三、" (a gap) [numbering]
tests/golden/data/rule-numbering-hits.txt:8:1: error: out of sequence: expected "（三）" after "（二）", found "（二）" (a duplicate) [numbering]
tests/golden/data/rule-numbering-hits.txt:10:1: error: out of sequence: expected "2." after "1.", found "3." (a gap) [numbering]
tests/golden/data/rule-numbering-hits.txt:11:20: error: out of sequence: expected "第二阶段" after "第一阶段", found "第三阶段" (a gap) [numbering]
tests/golden/data/rule-numbering-hits.txt:14:1: error: out of sequence: expected "第二节" after "第一节", found "第一节" (a duplicate) [numbering]
tests/golden/data/rule-numbering-hits.txt: a draft of national-15, checked against its parent plans
