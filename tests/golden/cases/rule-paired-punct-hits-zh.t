# The hits of paired-punct with Chinese messages.
args: --lang zh --self national-15 tests/golden/data/rule-paired-punct-hits.txt
rc: 1
---
tests/golden/data/rule-paired-punct-hits.txt:4:5: error: 前双书名号《未闭合：本段内没有与之配对的后双书名号》（《某某条例，推动工作落…） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:5:3: error: 前双引号“未闭合：本段内没有与之配对的后双引号”（“智能化、绿色化发展方…） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:6:3: error: 前双引号“与》不配对，应以后双引号”闭合（“揭榜挂帅》机制，完善…） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:7:6: error: 前双引号“嵌套错误：与之配对的”出现之前，》已先闭合了外层的《（“数字政府》建设的意见…） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:8:19: error: （用另一宽度的)闭合，应为） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:9:9: error: 后方头括号】没有配对：本段内其前没有对应的前方头括号【（推进试点示范工作】） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt:10:25: error: 后双引号”没有配对：本段内其前没有对应的前双引号“（…实‘放管服’改革要求”） [paired-punct]
tests/golden/data/rule-paired-punct-hits.txt: 本稿属于 national-15，对照其上级规划检查
