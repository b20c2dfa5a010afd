# abbrev hits: 区工信局 before its definition; after the definitions, the
# full names 粤港澳大湾区 (found by 澳+大湾区), 区工业和信息化局 (by the
# characters of 区工信局 in order) and the 《方案》 title without its
# （征求意见稿）. 《计划》 is used correctly.
args: --plan guangming-industry-15 tests/golden/data/rule-abbrev-hits.txt
rc: 0
---
tests/golden/data/rule-abbrev-hits.txt:3:1: warning: abbreviation “区工信局” used before its definition at 4:34 [abbrev]
tests/golden/data/rule-abbrev-hits.txt:6:11: warning: full name “粤港澳大湾区” written again after its abbreviation “大湾区” was defined at 4:12; write “大湾区” [abbrev]
tests/golden/data/rule-abbrev-hits.txt:6:23: warning: full name “区工业和信息化局” written again after its abbreviation “区工信局” was defined at 4:34; write “区工信局” [abbrev]
tests/golden/data/rule-abbrev-hits.txt:7:12: warning: full name “青禾区推进大湾区协同创新实施方案” written again after its abbreviation “《方案》” was defined at 4:77; write “《方案》” [abbrev]
tests/golden/data/rule-abbrev-hits.txt: against guangming-industry-15 (district): required 0/0 (100.0%), all items 0/78
