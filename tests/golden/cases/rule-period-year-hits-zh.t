# The hits of period-year with Chinese messages.
args: --lang zh --self national-15 tests/golden/data/rule-period-year-hits.txt
rc: 0
---
tests/golden/data/rule-period-year-hits.txt:4:23: warning: 目标年份2030年（“到2030年”）超出规划期2026—2028年（依据标题中的年份） [period-year]
tests/golden/data/rule-period-year-hits.txt:6:11: warning: 目标年份2029年（“2029年前”）超出规划期2026—2028年（依据标题中的年份） [period-year]
tests/golden/data/rule-period-year-hits.txt:6:26: warning: 目标年份2031年（“至2031年底”）超出规划期2026—2028年（依据标题中的年份） [period-year]
tests/golden/data/rule-period-year-hits.txt:7:13: warning: 目标年份2029年（“2029年底”）超出规划期2026—2028年（依据标题中的年份） [period-year]
tests/golden/data/rule-period-year-hits.txt:7:34: warning: 目标年份2025年（“到2025年”）超出规划期2026—2028年（依据标题中的年份） [period-year]
tests/golden/data/rule-period-year-hits.txt: 本稿属于 national-15，对照其上级规划检查
