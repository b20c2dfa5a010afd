# formulation hits against the national plan: another order (、-list,
# 化-words written together, a list joined by 和), one part changed in a
# five-part formulation and in a quoted three-part one, one part missing
# from a five-part formulation. Line 3 covers the national required items
# so no coverage-gap lines.
args: --plan national-15 tests/golden/data/rule-formulation-hits.txt
rc: 0
---
tests/golden/data/rule-formulation-hits.txt:4:3: warning: fixed formulation “智能化、绿色化、融合化” (national-15) written in another order: “绿色化、智能化、融合化” [formulation]
tests/golden/data/rule-formulation-hits.txt:4:23: warning: fixed formulation “高端化、智能化、绿色化” (national-15) written in another order: “智能化高端化绿色化” [formulation]
tests/golden/data/rule-formulation-hits.txt:6:8: warning: fixed formulation “制造强国、质量强国、航天强国、交通强国、网络强国” (national-15) written with “数字强国” instead of “交通强国”: “制造强国、质量强国、航天强国、数字强国、网络强国” [formulation]
tests/golden/data/rule-formulation-hits.txt:7:6: warning: fixed formulation “更高质量、更有效率、更加公平、更可持续、更为安全” (national-15) written without “更为安全”: “更高质量、更有效率、更加公平、更可持续” [formulation]
tests/golden/data/rule-formulation-hits.txt:8:7: warning: fixed formulation “智能化、绿色化、融合化” (national-15) written with “数字化” instead of “融合化”: “智能化、绿色化、数字化” [formulation]
tests/golden/data/rule-formulation-hits.txt:9:8: warning: fixed formulation “新产业、新模式、新动能” (national-15) written in another order: “新模式、新产业和新动能” [formulation]
tests/golden/data/rule-formulation-hits.txt:10:8: warning: fixed formulation “教育强国、科技强国、人才强国” (national-15) written in another order: “科技强国、教育强国、人才强国” [formulation]
tests/golden/data/rule-formulation-hits.txt: against national-15 (national): required 18/18 (100.0%), all items 19/69
  covered: 新一代信息技术 (deployed), 新能源 (deployed), 新材料 (deployed), 智能网联新能源汽车 (deployed), 机器人 (deployed), 生物医药 (deployed), 高端装备 (deployed), 航空航天 (deployed), 海洋经济 (deployed), 低空经济 (deployed), 集成电路 (deployed), 新型储能 (deployed), 量子科技 (deployed), 生物制造 (deployed), 氢能和核聚变能 (deployed), 脑机接口 (deployed), 具身智能 (deployed), 第六代移动通信 (deployed)
