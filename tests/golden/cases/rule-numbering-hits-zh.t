# The hits of numbering with Chinese messages.
args: --lang zh --self national-15 tests/golden/data/rule-numbering-hits.txt
rc: 1
---
tests/golden/data/rule-numbering-hits.txt:4:38: error: 序号不连续：“二是”之后应为“三是”，实为“四是”（跳号） [numbering]
tests/golden/data/rule-numbering-hits.txt:5:1: error: 序号不连续：“一、”之后应为“二、”，实为“三、”（跳号） [numbering]
tests/golden/data/rule-numbering-hits.txt:8:1: error: 序号不连续：“（二）”之后应为“（三）”，实为“（二）”（重号） [numbering]
tests/golden/data/rule-numbering-hits.txt:10:1: error: 序号不连续：“1.”之后应为“2.”，实为“3.”（跳号） [numbering]
tests/golden/data/rule-numbering-hits.txt:11:20: error: 序号不连续：“第一阶段”之后应为“第二阶段”，实为“第三阶段”（跳号） [numbering]
tests/golden/data/rule-numbering-hits.txt:14:1: error: 序号不连续：“第一节”之后应为“第二节”，实为“第一节”（重号） [numbering]
tests/golden/data/rule-numbering-hits.txt: 本稿属于 national-15，对照其上级规划检查
