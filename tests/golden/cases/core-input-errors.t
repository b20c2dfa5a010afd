# An unreadable path, a binary file and undecodable bytes: one line each,
# naming the file (and byte offset); exit 2; the good file in the same run
# is still checked and reported.
args: --plan national-15 tests/golden/data/no-such-draft.txt tests/golden/data/core-binary.txt tests/golden/data/core-undecodable.txt corpus/xiqiao-15th-industry-plan-work-programme.txt
rc: 2
---
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: not covered: "新一代信息技术", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: not covered: "智能网联新能源汽车", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: not covered: "高端装备", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: not covered: "海洋经济", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt: against national-15 (national): required 14/18 (77.8%), all items 15/69
  covered: 新能源 (mentioned), 新材料 (mentioned), 机器人 (mentioned), 生物医药 (mentioned), 航空航天 (mentioned), 低空经济 (mentioned), 集成电路 (mentioned), 新型储能 (mentioned), 量子科技 (mentioned), 生物制造 (mentioned), 氢能和核聚变能 (mentioned), 脑机接口 (mentioned), 具身智能 (mentioned), 第六代移动通信 (mentioned)
  missing: 新一代信息技术, 智能网联新能源汽车, 高端装备, 海洋经济
stderr: tests/golden/data/no-such-draft.txt: error: cannot read: No such file or directory
stderr: tests/golden/data/core-binary.txt: error: not a text document: control byte 0x02 at byte offset 4
stderr: tests/golden/data/core-undecodable.txt: error: cannot decode: not UTF-8 (invalid byte at offset 15) and not recognisably GB18030 or Big5; use --encoding
