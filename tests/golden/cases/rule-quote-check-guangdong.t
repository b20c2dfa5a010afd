# Base for rule-quote-check-mut-seed: the seed with only the Guangdong
# reference: its quotation matches; the other two are unverified notes.
args: --plan guangming-industry-15 --ref tests/golden/data/rule-quote-check-ref-guangdong.txt corpus/guangming-industrialization-15th-explanation.txt
rc: 0
---
corpus/guangming-industrialization-15th-explanation.txt:6:84: note: unverified quotation of 《中华人民共和国国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
corpus/guangming-industrialization-15th-explanation.txt:6:263: note: unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref) [quote-check]
corpus/guangming-industrialization-15th-explanation.txt:7:170: warning: one referent, 3 names: 低空装备 (1×, first at 6:156), 低空经济 (1×, first at 7:170), 低空装备与应用 (1×, first at 26:385); the draft's own plan (guangming-industry-15) uses 低空装备与应用 [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:19:23: warning: the overview lists "主要任务" before "空间布局", but the headings that follow put "第四章空间布局" before "第五章重点任务" [outline-order]
corpus/guangming-industrialization-15th-explanation.txt:19:23: note: overview item "主要任务" does not match its heading "第五章重点任务": "主要任务" not in it [outline-order]
corpus/guangming-industrialization-15th-explanation.txt:26:100: warning: one referent, 2 names: 人工智能终端 (1×, first at 26:50), AI终端 (1×, first at 26:100); the draft's own plan (guangming-industry-15) uses 人工智能终端 [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:26:129: warning: one referent, 2 names: 超高清视频显示 (1×, first at 13:94), 超高清视频与显示 (1×, first at 26:129); the draft's own plan (guangming-industry-15) uses 超高清视频与显示 [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:26:473: warning: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "整机引领—系统突破—设施支撑" [separator-style]
corpus/guangming-industrialization-15th-explanation.txt:26:591: warning: one referent, 2 names: 高性能材料 (1×, first at 17:273), 高性能与前沿新材料 (1×, first at 26:591); the draft's own plan (guangming-industry-15) uses 高性能与前沿新材料 [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:26:789: warning: chain "合成设计-智能筛选-中试放大-产业转化" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "合成设计—智能筛选—中试放大—产业转化" [separator-style]
corpus/guangming-industrialization-15th-explanation.txt:27:252: warning: one referent, 2 names: 脑科学 (2×, first at 13:124), 脑科学与脑机工程 (1×, first at 27:252); the draft's own plan (guangming-industry-15) uses 脑科学与脑机工程 [term-variant]
corpus/guangming-industrialization-15th-explanation.txt:30:128: warning: one referent, 2 names: 总部经济集聚区 (1×, first at 30:100), 总部集聚区 (1×, first at 30:128); the draft's own plan (guangming-industry-15) uses 总部集聚区 [term-variant]
corpus/guangming-industrialization-15th-explanation.txt: a draft of guangming-industry-15, checked against its parent plans
corpus/guangming-industrialization-15th-explanation.txt: against guangming-industry-15 (district): required 0/0 (100.0%), all items 73/78
