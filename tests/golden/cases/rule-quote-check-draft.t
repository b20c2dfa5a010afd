# quote-check on a written draft: an exact quotation (silent), a title
# abbreviated as 《市纲要》 and resolved, missing characters, a changed
# character in a chained quotation (，并明确“…”), an ellipsis whose pieces both
# match (silent), a missing character, an unverified quotation of a document
# without reference text (note), a quoted term that is not a quotation and
# a quotation of the draft's own plan (silent).
args: --plan guangming-industry-15 --ref tests/golden/data/rule-quote-check-ref-shenzhen.txt --ref tests/golden/data/rule-quote-check-ref-national.txt --ref tests/golden/data/rule-quote-check-ref-guangdong.txt tests/golden/data/rule-quote-check-draft.txt
rc: 0
---
tests/golden/data/rule-quote-check-draft.txt:4:9: warning: quotation differs from 《深圳市国民经济和社会发展第十五个五年规划纲要》: missing “领先的重要的” after “建设全球”; the reference reads “建设全球领先的重要的先进制造业中心” [quote-check]
tests/golden/data/rule-quote-check-draft.txt:4:26: warning: quotation differs from 《深圳市国民经济和社会发展第十五个五年规划纲要》: “全屋智慧” instead of “全屋智能”; the reference reads “巩固拓展智能终端、网络与通信、智能网联汽车、集成电路、全屋智能等优势” [quote-check]
tests/golden/data/rule-quote-check-draft.txt:6:29: warning: quotation differs from 《广东省国民经济和社会发展第十五个五年规划纲要》: missing “大” after “强化”; the reference reads “做深做实产业科技合作，强化大湾区综合性国家科学中心支撑作用” [quote-check]
tests/golden/data/rule-quote-check-draft.txt:7:16: note: unverified quotation of 《青禾区产业发展白皮书》: no reference text (give one with --ref) [quote-check]
tests/golden/data/rule-quote-check-draft.txt: against guangming-industry-15 (district): required 0/0 (100.0%), all items 0/78
