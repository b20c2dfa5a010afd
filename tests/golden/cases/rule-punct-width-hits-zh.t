# The hits of punct-width with Chinese messages.
args: --lang zh --self national-15 tests/golden/data/rule-punct-width-hits.txt
rc: 0
---
tests/golden/data/rule-punct-width-hits.txt:4:7: warning: 中文中使用了半角标点“,”（在“培育数字创意,智能终端等产”中），应使用全角“，” [punct-width]
tests/golden/data/rule-punct-width-hits.txt:5:7: warning: 中文中使用了半角标点：(…) 1处，"…" 1处；第一处在“推进应用试点(含示范项目)”，应使用全角（…） “…” [punct-width]
tests/golden/data/rule-punct-width-hits.txt:6:5: warning: 中文中使用了半角标点：; 1处，: 1处，! 1处；第一处在“建设平台:一是建设数据”，应使用全角； ： ！ [punct-width]
tests/golden/data/rule-punct-width-hits.txt:7:9: warning: 中文中使用了半角标点：. 1处，? 1处；第一处在“提升服务质量?关键在于加强”，应使用全角。 ？ [punct-width]
tests/golden/data/rule-punct-width-hits.txt: 本稿属于 national-15，对照其上级规划检查
