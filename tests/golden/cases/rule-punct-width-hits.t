# Hits of punct-width: each line of the input after the heading carries one
# error the rule must report, at that line. --self national-15 keeps the
# coverage report out (the national plan has no parent).
args: --self national-15 tests/golden/data/rule-punct-width-hits.txt
rc: 0
---
tests/golden/data/rule-punct-width-hits.txt:4:7: warning: ASCII , in Chinese text at "培育数字创意,智能终端等产"; use the full-width ， [punct-width]
tests/golden/data/rule-punct-width-hits.txt:5:7: warning: ASCII punctuation in Chinese text: (…) ×1, "…" ×1; the first at "推进应用试点(含示范项目)"; use the full-width （…） “…” [punct-width]
tests/golden/data/rule-punct-width-hits.txt:6:5: warning: ASCII punctuation in Chinese text: ; ×1, : ×1, ! ×1; the first at "建设平台:一是建设数据"; use the full-width ； ： ！ [punct-width]
tests/golden/data/rule-punct-width-hits.txt:7:9: warning: ASCII punctuation in Chinese text: . ×1, ? ×1; the first at "提升服务质量?关键在于加强"; use the full-width 。 ？ [punct-width]
tests/golden/data/rule-punct-width-hits.txt: a draft of national-15, checked against its parent plans
