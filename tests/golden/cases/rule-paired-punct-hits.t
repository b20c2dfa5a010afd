# Hits of paired-punct: each line of the input after the heading carries one
# error the rule must report, at that line. --self national-15 keeps the
# coverage report out (the national plan has no parent).
args: --self national-15 tests/golden/data/rule-paired-punct-hits.txt
rc: 1
---
tests/golden/data/rule-paired-punct-hits.txt:4:5: error: unbalanced 《: no closing 》 in this paragraph (at "《某某条例，推动工作落…") [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:5:3: error: unbalanced “: no closing ” in this paragraph (at "“智能化、绿色化发展方…") [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:6:3: error: “ is closed by 》; expected ” (at "“揭榜挂帅》机制，完善…") [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:7:6: error: wrongly nested “: 》 closes 《 before ” closes it (at "“数字政府》建设的意见…") [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:8:19: error: （ is closed by ) of the other width; expected ） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:9:9: error: unbalanced 】: no opening 【 before it in this paragraph (at "推进试点示范工作】") [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:10:25: error: unbalanced ”: no opening “ before it in this paragraph (at "…实‘放管服’改革要求”") [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt: a draft of national-15, checked against its parent plans
