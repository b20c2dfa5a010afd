# Messages follow the locale: Chinese under zh_*.
args: --plan national-15 corpus/xiqiao-15th-industry-plan-work-programme.txt
env: LANG=zh_CN.UTF-8
rc: 0
---
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“新一代信息技术”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“智能网联新能源汽车”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“高端装备”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt:1:1: warning: 未覆盖《中华人民共和国国民经济和社会发展第十五个五年规划纲要》的必选项“海洋经济”（战略性新兴产业（纲要第五章第一节）） [coverage-gap]
corpus/xiqiao-15th-industry-plan-work-programme.txt: 对照 national-15（中华人民共和国国民经济和社会发展第十五个五年规划纲要）：必选项 14/18（77.8%），全部条目 15/69
  已覆盖：新能源（提及）、新材料（提及）、机器人（提及）、生物医药（提及）、航空航天（提及）、低空经济（提及）、集成电路（提及）、新型储能（提及）、量子科技（提及）、生物制造（提及）、氢能和核聚变能（提及）、脑机接口（提及）、具身智能（提及）、第六代移动通信（提及）
  未覆盖：新一代信息技术、智能网联新能源汽车、高端装备、海洋经济
