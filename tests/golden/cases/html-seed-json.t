# The JSON document for the seed as HTML, against the national plan only:
# the same coverage and hits (line, column, text) as core-seed-json, and
# the encoding of the page.
args: --format json --plan national-15 tests/data/html/seed.html
rc: 0
---
{
  "version": 1,
  "tool": {
    "name": "plancheck",
    "version": "0.1.0"
  },
  "plans": [
    {
      "id": "national-15",
      "level": "national",
      "region": "全国",
      "title": "中华人民共和国国民经济和社会发展第十五个五年规划纲要",
      "start": 2026,
      "end": 2030,
      "sha256": "6f26ecdcac07076a8af9f4150ba2a0deb6e8fcaf98ab713f2edd577fa033854b",
      "parent": null,
      "items": 69,
      "sources": [
        "https://hk.crntt.com/doc/1071/3/3/3/107133351.html",
        "https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN360305773",
        "https://github.com/RoyACCA/wiki",
        "https://www.chinahospitalitynews.com/cn/2025/10/29/198189/",
        "https://news.qq.com/rain/a/20251024A0571J00",
        "https://www.etnet.com.hk/www/tc/forex/news-article/20260306850",
        "https://www.gy9.cn/article/38182.html",
        "https://www.ettoday.net/news/20251028/3057932.htm"
      ]
    },
    {
      "id": "guangdong-15",
      "level": "provincial",
      "region": "广东省",
      "title": "广东省国民经济和社会发展第十五个五年规划纲要",
      "start": 2026,
      "end": 2030,
      "sha256": "3cf3fa39a9c0d65130dd3095e33fe5a811f041a150621e577f55084ff157b77d",
      "parent": "national-15",
      "items": 52,
      "sources": [
        "https://www.uphk.net/727.html",
        "https://stcn.com/article/detail/3611747.html",
        "https://news.now.com/home/local/player?catCode=123&newsId=634347&topicId=1018",
        "https://economy.southcn.com/node_8f82098ebb/9c1f021275.shtml",
        "http://news.znzbw.cn/show-37881.html",
        "光明区新型工业化“十五五”规划起草说明所引的省纲要语句（“做深做实产业科技合作，强化大湾区综合性国家科学中心支撑作用”），未经核实"
      ]
    },
    {
      "id": "shenzhen-15",
      "level": "municipal",
      "region": "深圳市",
      "title": "深圳市国民经济和社会发展第十五个五年规划纲要",
      "start": 2026,
      "end": 2030,
      "sha256": "ee8253d6d2bc91ddb6255a2d40fe7e88454e50870df0c4e3121851dd12eac5b9",
      "parent": "guangdong-15",
      "items": 62,
      "sources": [
        "https://www.zdwx.com/news/show_4452409.html",
        "http://2jcj.com/caijing/zhengquanyaowen/32807.html",
        "https://huaxiataike.com/news/46195.html",
        "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60324431/",
        "光明区新型工业化“十五五”规划起草说明所引的市纲要语句（工业立市、产业基础高级化、产业链现代化、先进制造业集群、建设全球先进制造业中心），未经核实"
      ]
    },
    {
      "id": "guangming-industry-15",
      "level": "district",
      "region": "光明区",
      "title": "光明区加快推进新型工业化“十五五”规划",
      "start": 2026,
      "end": 2030,
      "sha256": "0487e38882333d8bc38ccca1039ceaf37c25ac082a968302e8a141e397e744c0",
      "parent": "shenzhen-15",
      "items": 78,
      "sources": [
        "《光明区加快推进新型工业化“十五五”规划（征求意见稿）》起草说明（光明区工业和信息化局；corpus/guangming-industrialization-15th-explanation.txt）",
        "https://aliesoft.com/nz2024-08-16/detail-incivrqy0579932.html",
        "https://www.dutenews.com/guangming/p/10245444.html"
      ]
    }
  ],
  "files": [
    {
      "path": "tests/data/html/seed.html",
      "encoding": "UTF-8",
      "title": "《光明区加快推进新型工业化“十五五”规划（征求意见稿）》起草说明",
      "self": "guangming-industry-15",
      "coverage": [
        {
          "plan": "national-15",
          "level": "national",
          "covered": 20,
          "total": 69,
          "required_covered": 10,
          "required_total": 18,
          "items": [
            {
              "id": "new-generation-it",
              "name": "新一代信息技术",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "new-energy",
              "name": "新能源",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 6,
                  "column": 107,
                  "text": "新能源",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 26,
                  "column": 498,
                  "text": "新能源",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                },
                {
                  "line": 26,
                  "column": 602,
                  "text": "新能源",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                }
              ]
            },
            {
              "id": "new-materials",
              "name": "新材料",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 6,
                  "column": 111,
                  "text": "新材料",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 13,
                  "column": 102,
                  "text": "新材料",
                  "heading": "二、编制思路 > （二）坚持因地制宜，突出独特禀赋",
                  "strength": 1
                },
                {
                  "line": 26,
                  "column": 597,
                  "text": "新材料",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                },
                {
                  "line": 26,
                  "column": 691,
                  "text": "新材料",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                },
                {
                  "line": 28,
                  "column": 55,
                  "text": "新材料",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第三节鼓励一批传统优势产业优化提升",
                  "strength": 2
                }
              ]
            },
            {
              "id": "intelligent-connected-nev",
              "name": "智能网联新能源汽车",
              "aliases": [
                "智能网联汽车",
                "新能源汽车"
              ],
              "group": "emerging",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "robots",
              "name": "机器人",
              "aliases": [
                "智能机器人"
              ],
              "group": "emerging",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 26,
                  "column": 59,
                  "text": "机器人",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 1
                },
                {
                  "line": 26,
                  "column": 105,
                  "text": "机器人",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                },
                {
                  "line": 26,
                  "column": 928,
                  "text": "机器人",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                }
              ]
            },
            {
              "id": "biomedicine",
              "name": "生物医药",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 6,
                  "column": 115,
                  "text": "生物医药",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 26,
                  "column": 701,
                  "text": "生物医药",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                },
                {
                  "line": 27,
                  "column": 192,
                  "text": "生物医药",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第二节支持两大未来产业成形成势",
                  "strength": 2
                }
              ]
            },
            {
              "id": "high-end-equipment",
              "name": "高端装备",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 26,
                  "column": 70,
                  "text": "高端装备",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                }
              ]
            },
            {
              "id": "aerospace",
              "name": "航空航天",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "marine-economy",
              "name": "海洋经济",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "low-altitude-economy",
              "name": "低空经济",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "covered",
              "strength": 1,
              "hits": [
                {
                  "line": 7,
                  "column": 170,
                  "text": "低空经济",
                  "heading": "一、起草背景",
                  "strength": 1
                }
              ]
            },
            {
              "id": "integrated-circuits",
              "name": "集成电路",
              "aliases": [],
              "group": "pillar",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 6,
                  "column": 151,
                  "text": "集成电路",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 26,
                  "column": 238,
                  "text": "集成电路",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                }
              ]
            },
            {
              "id": "new-energy-storage",
              "name": "新型储能",
              "aliases": [],
              "group": "pillar",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "quantum",
              "name": "量子科技",
              "aliases": [],
              "group": "future",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "biomanufacturing",
              "name": "生物制造",
              "aliases": [],
              "group": "future",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 6,
                  "column": 129,
                  "text": "生物制造",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 13,
                  "column": 119,
                  "text": "生物制造",
                  "heading": "二、编制思路 > （二）坚持因地制宜，突出独特禀赋",
                  "strength": 1
                },
                {
                  "line": 27,
                  "column": 142,
                  "text": "生物制造",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第二节支持两大未来产业成形成势",
                  "strength": 2
                }
              ]
            },
            {
              "id": "hydrogen-fusion",
              "name": "氢能和核聚变能",
              "aliases": [
                "氢能及核聚变能",
                "绿色氢能和核聚变能",
                "未来能源"
              ],
              "group": "future",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "bci",
              "name": "脑机接口",
              "aliases": [],
              "group": "future",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 6,
                  "column": 134,
                  "text": "脑机接口",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 27,
                  "column": 269,
                  "text": "脑机接口",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第二节支持两大未来产业成形成势",
                  "strength": 2
                },
                {
                  "line": 27,
                  "column": 308,
                  "text": "脑机接口",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第二节支持两大未来产业成形成势",
                  "strength": 2
                }
              ]
            },
            {
              "id": "embodied-ai",
              "name": "具身智能",
              "aliases": [],
              "group": "future",
              "weight": "required",
              "status": "covered",
              "strength": 1,
              "hits": [
                {
                  "line": 6,
                  "column": 139,
                  "text": "具身智能",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 7,
                  "column": 165,
                  "text": "具身智能",
                  "heading": "一、起草背景",
                  "strength": 1
                }
              ]
            },
            {
              "id": "6g",
              "name": "第六代移动通信",
              "aliases": [
                "6G"
              ],
              "group": "future",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "low-altitude-equipment",
              "name": "低空装备",
              "aliases": [],
              "group": "tracks",
              "weight": "optional",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 6,
                  "column": 156,
                  "text": "低空装备",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 26,
                  "column": 385,
                  "text": "低空装备",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                }
              ]
            },
            {
              "id": "mining",
              "name": "矿业",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "metallurgy",
              "name": "冶金",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "chemicals",
              "name": "化工",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "light-industry",
              "name": "轻工",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "textiles",
              "name": "纺织",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "machinery",
              "name": "机械",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "shipbuilding",
              "name": "船舶",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "construction",
              "name": "建筑",
              "aliases": [],
              "group": "traditional",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "machine-tools",
              "name": "工业母机",
              "aliases": [],
              "group": "technologies",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "high-end-instruments",
              "name": "高端仪器",
              "aliases": [],
              "group": "technologies",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "basic-software",
              "name": "基础软件",
              "aliases": [],
              "group": "technologies",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "advanced-materials",
              "name": "先进材料",
              "aliases": [],
              "group": "technologies",
              "weight": "optional",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 27,
                  "column": 197,
                  "text": "先进材料",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第二节支持两大未来产业成形成势",
                  "strength": 2
                }
              ]
            },
            {
              "id": "upgrade-traditional",
              "name": "优化提升传统产业",
              "aliases": [],
              "group": "subtasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "grow-emerging-future",
              "name": "培育壮大新兴产业和未来产业",
              "aliases": [],
              "group": "subtasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "services",
              "name": "促进服务业优质高效发展",
              "aliases": [],
              "group": "subtasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "infrastructure",
              "name": "构建现代化基础设施体系",
              "aliases": [],
              "group": "subtasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "original-innovation",
              "name": "加强原始创新和关键核心技术攻关",
              "aliases": [],
              "group": "subtasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "tech-industry-fusion",
              "name": "推动科技创新和产业创新深度融合",
              "aliases": [],
              "group": "subtasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "education-tech-talent",
              "name": "一体推进教育科技人才发展",
              "aliases": [],
              "group": "subtasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "industry-system",
              "name": "建设现代化产业体系",
              "aliases": [
                "巩固壮大实体经济根基"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "covered",
              "strength": 1,
              "hits": [
                {
                  "line": 17,
                  "column": 131,
                  "text": "建设现代化产业体系",
                  "heading": "三、编制过程",
                  "strength": 1
                }
              ]
            },
            {
              "id": "sci-tech",
              "name": "加快高水平科技自立自强",
              "aliases": [
                "引领发展新质生产力"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "digital-china",
              "name": "深入推进数字中国建设",
              "aliases": [
                "提升数智化发展水平"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "domestic-market",
              "name": "建设强大国内市场",
              "aliases": [
                "加快构建新发展格局"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "market-economy",
              "name": "加快构建高水平社会主义市场经济体制",
              "aliases": [
                "增强高质量发展动力"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "opening-up",
              "name": "扩大高水平对外开放",
              "aliases": [
                "开创合作共赢新局面"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "rural",
              "name": "加快农业农村现代化",
              "aliases": [
                "扎实推进乡村全面振兴"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "regional",
              "name": "优化区域经济布局",
              "aliases": [
                "促进区域协调发展"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "culture",
              "name": "激发全民族文化创新创造活力",
              "aliases": [
                "繁荣发展社会主义文化"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "population",
              "name": "完善人口发展战略",
              "aliases": [
                "促进人口高质量发展"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "livelihood",
              "name": "加大保障和改善民生力度",
              "aliases": [
                "扎实推进全体人民共同富裕"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "green",
              "name": "加快经济社会发展全面绿色转型",
              "aliases": [
                "建设美丽中国"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "security",
              "name": "推进国家安全体系和能力现代化",
              "aliases": [
                "建设更高水平平安中国"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "defence",
              "name": "如期实现建军一百年奋斗目标",
              "aliases": [
                "高质量推进国防和军队现代化"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "democracy-rule-of-law",
              "name": "发展全过程人民民主",
              "aliases": [
                "完善中国特色社会主义法治体系"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "reunification",
              "name": "推进祖国统一",
              "aliases": [
                "坚持和完善“一国两制”"
              ],
              "group": "tasks",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "smart-green-fused",
              "name": "智能化、绿色化、融合化",
              "aliases": [
                "智能化绿色化融合化"
              ],
              "group": "formulations",
              "weight": "optional",
              "status": "covered",
              "strength": 1,
              "hits": [
                {
                  "line": 6,
                  "column": 84,
                  "text": "智能化、绿色化、融合化",
                  "heading": "一、起草背景",
                  "strength": 1
                }
              ]
            },
            {
              "id": "high-smart-green",
              "name": "高端化、智能化、绿色化",
              "aliases": [
                "高端化智能化绿色化"
              ],
              "group": "formulations",
              "weight": "optional",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 25,
                  "column": 147,
                  "text": "高端化、智能化、绿色化",
                  "heading": "四、主要内容 > （三）第三章重点产业",
                  "strength": 2
                }
              ]
            },
            {
              "id": "five-powers",
              "name": "制造强国、质量强国、航天强国、交通强国、网络强国",
              "aliases": [],
              "group": "formulations",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "education-sci-talent-powers",
              "name": "教育强国、科技强国、人才强国",
              "aliases": [],
              "group": "formulations",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "five-more",
              "name": "更高质量、更有效率、更加公平、更可持续、更为安全",
              "aliases": [],
              "group": "formulations",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "compute-algorithm-data",
              "name": "算力、算法、数据",
              "aliases": [],
              "group": "formulations",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "new-industries-models-drivers",
              "name": "新产业、新模式、新动能",
              "aliases": [],
              "group": "formulations",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "four-modernisations",
              "name": "新型工业化、信息化、城镇化、农业现代化",
              "aliases": [],
              "group": "formulations",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "new-industrialization",
              "name": "新型工业化",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "covered",
              "strength": 1,
              "hits": [
                {
                  "line": 1,
                  "column": 9,
                  "text": "新型工业化",
                  "heading": "",
                  "strength": 1
                },
                {
                  "line": 4,
                  "column": 175,
                  "text": "新型工业化",
                  "heading": "",
                  "strength": 1
                },
                {
                  "line": 7,
                  "column": 133,
                  "text": "新型工业化",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 8,
                  "column": 67,
                  "text": "新型工业化",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 11,
                  "column": 31,
                  "text": "新型工业化",
                  "heading": "二、编制思路 > （一）坚持承上启下，明确发展方向",
                  "strength": 1
                },
                {
                  "line": 11,
                  "column": 66,
                  "text": "新型工业化",
                  "heading": "二、编制思路 > （一）坚持承上启下，明确发展方向",
                  "strength": 1
                },
                {
                  "line": 15,
                  "column": 64,
                  "text": "新型工业化",
                  "heading": "二、编制思路 > （三）坚持问题导向，破解转型瓶颈",
                  "strength": 1
                },
                {
                  "line": 15,
                  "column": 96,
                  "text": "新型工业化",
                  "heading": "二、编制思路 > （三）坚持问题导向，破解转型瓶颈",
                  "strength": 1
                },
                {
                  "line": 15,
                  "column": 122,
                  "text": "新型工业化",
                  "heading": "二、编制思路 > （三）坚持问题导向，破解转型瓶颈",
                  "strength": 1
                },
                {
                  "line": 23,
                  "column": 43,
                  "text": "新型工业化",
                  "heading": "四、主要内容 > （二）第二章指导思想与发展目标 > 第一节指导思想",
                  "strength": 1
                }
              ]
            },
            {
              "id": "new-quality-productive-forces",
              "name": "新质生产力",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "covered",
              "strength": 3,
              "hits": [
                {
                  "line": 7,
                  "column": 82,
                  "text": "新质生产力",
                  "heading": "一、起草背景",
                  "strength": 1
                },
                {
                  "line": 11,
                  "column": 37,
                  "text": "新质生产力",
                  "heading": "二、编制思路 > （一）坚持承上启下，明确发展方向",
                  "strength": 1
                },
                {
                  "line": 17,
                  "column": 156,
                  "text": "新质生产力",
                  "heading": "三、编制过程",
                  "strength": 1
                },
                {
                  "line": 23,
                  "column": 63,
                  "text": "新质生产力",
                  "heading": "四、主要内容 > （二）第二章指导思想与发展目标 > 第一节指导思想",
                  "strength": 2
                },
                {
                  "line": 23,
                  "column": 160,
                  "text": "新质生产力",
                  "heading": "四、主要内容 > （二）第二章指导思想与发展目标 > 第三节目标定位",
                  "strength": 3
                },
                {
                  "line": 25,
                  "column": 35,
                  "text": "新质生产力",
                  "heading": "四、主要内容 > （三）第三章重点产业",
                  "strength": 2
                }
              ]
            },
            {
              "id": "modern-industrial-system",
              "name": "现代化产业体系",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 11,
                  "column": 101,
                  "text": "现代化产业体系",
                  "heading": "二、编制思路 > （一）坚持承上启下，明确发展方向",
                  "strength": 1
                },
                {
                  "line": 23,
                  "column": 78,
                  "text": "现代化产业体系",
                  "heading": "四、主要内容 > （二）第二章指导思想与发展目标 > 第一节指导思想",
                  "strength": 2
                }
              ]
            },
            {
              "id": "manufacturing-power",
              "name": "制造强国",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "manufacturing-share",
              "name": "保持制造业合理比重",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "ai-plus",
              "name": "人工智能+",
              "aliases": [
                "AI+"
              ],
              "group": "terms",
              "weight": "optional",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 26,
                  "column": 722,
                  "text": "AI+",
                  "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大",
                  "strength": 2
                }
              ]
            },
            {
              "id": "new-tracks",
              "name": "新产业新赛道",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "covered",
              "strength": 1,
              "hits": [
                {
                  "line": 6,
                  "column": 164,
                  "text": "新产业新赛道",
                  "heading": "一、起草背景",
                  "strength": 1
                }
              ]
            }
          ]
        }
      ],
      "findings": [
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"新一代信息技术\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"智能网联新能源汽车\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"航空航天\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"海洋经济\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"新型储能\", a required item of national-15 (六大新兴支柱产业（另见新兴产业）)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"量子科技\", a required item of national-15 (未来产业)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"氢能和核聚变能\", a required item of national-15 (未来产业)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "coverage-gap",
          "severity": "warning",
          "line": 1,
          "column": 1,
          "end_line": 1,
          "end_column": 1,
          "message": "not covered: \"第六代移动通信\", a required item of national-15 (未来产业)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "quote-check",
          "severity": "note",
          "line": 6,
          "column": 84,
          "end_line": 6,
          "end_column": 95,
          "message": "unverified quotation of 《中华人民共和国国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref)",
          "text": "智能化、绿色化、融合化",
          "sentence": "《中华人民共和国国民经济和社会发展第十五个五年规划纲要》明确“智能化、绿色化、融合化”发展方向，提出发展壮大新能源、新材料、生物医药等新兴产业，前瞻布局生物制造、脑机接口、具身智能等未来产业，并将集成电路、低空装备等列为“新产业新赛道”进行重点培育。"
        },
        {
          "rule": "quote-check",
          "severity": "note",
          "line": 6,
          "column": 205,
          "end_line": 6,
          "end_column": 234,
          "message": "unverified quotation of 《广东省国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref)",
          "text": "做深做实产业科技合作，强化大湾区综合性国家科学中心支撑作用",
          "sentence": "《广东省国民经济和社会发展第十五个五年规划纲要》强调“做深做实产业科技合作，强化大湾区综合性国家科学中心支撑作用”。"
        },
        {
          "rule": "quote-check",
          "severity": "note",
          "line": 6,
          "column": 263,
          "end_line": 6,
          "end_column": 332,
          "message": "unverified quotation of 《深圳市国民经济和社会发展第十五个五年规划纲要》: no reference text (give one with --ref)",
          "text": "要坚持工业立市，积极推进产业基础高级化、产业链现代化，发展先进制造业集群，增强制造业竞争优势，推动制造业高质量发展，建设全球先进制造业中心",
          "sentence": "《深圳市国民经济和社会发展第十五个五年规划纲要》提出“要坚持工业立市，积极推进产业基础高级化、产业链现代化，发展先进制造业集群，增强制造业竞争优势，推动制造业高质量发展，建设全球先进制造业中心”。"
        },
        {
          "rule": "term-variant",
          "severity": "warning",
          "line": 7,
          "column": 170,
          "end_line": 7,
          "end_column": 174,
          "message": "one referent, 3 names: 低空装备 (1×, first at 6:156), 低空经济 (1×, first at 7:170), 低空装备与应用 (1×, first at 26:385); checked plans use 低空经济 (national-15), 低空装备 (national-15); the draft's own plan (guangming-industry-15) uses 低空装备与应用",
          "text": "低空经济",
          "sentence": "面对新形势、新要求，亟须以新型工业化为总抓手，探索AI for Science新范式，抢占具身智能、低空经济等新赛道，推动优势产业向高向新向优升级。"
        },
        {
          "rule": "outline-order",
          "severity": "warning",
          "line": 19,
          "column": 23,
          "end_line": 19,
          "end_column": 32,
          "message": "the overview lists \"主要任务\" before \"空间布局\", but the headings that follow put \"第四章空间布局\" before \"第五章重点任务\"",
          "text": "主要任务、空间布局",
          "sentence": "《规划》围绕基础和形势、发展目标、重点产业、主要任务、空间布局以及保障措施六个方面展开。"
        },
        {
          "rule": "outline-order",
          "severity": "note",
          "line": 19,
          "column": 23,
          "end_line": 19,
          "end_column": 27,
          "message": "overview item \"主要任务\" does not match its heading \"第五章重点任务\": \"主要任务\" not in it",
          "text": "主要任务",
          "sentence": "《规划》围绕基础和形势、发展目标、重点产业、主要任务、空间布局以及保障措施六个方面展开。"
        },
        {
          "rule": "term-variant",
          "severity": "warning",
          "line": 26,
          "column": 100,
          "end_line": 26,
          "end_column": 104,
          "message": "one referent, 2 names: 人工智能终端 (1×, first at 26:50), AI终端 (1×, first at 26:100); the draft's own plan (guangming-industry-15) uses 人工智能终端",
          "text": "AI终端",
          "sentence": "围绕算力基础设施、具身数据与智能体、鸿蒙生态、人工智能终端、具身机器人本体及核心部件、高端装备六大方向，夯实算力底座，强化数据采集与模型训练，推动AI终端与机器人整机布局，构建全链条人工智能产业生态。"
        },
        {
          "rule": "term-variant",
          "severity": "warning",
          "line": 26,
          "column": 129,
          "end_line": 26,
          "end_column": 137,
          "message": "one referent, 2 names: 超高清视频显示 (1×, first at 13:94), 超高清视频与显示 (1×, first at 26:129); the draft's own plan (guangming-industry-15) uses 超高清视频与显示",
          "text": "超高清视频与显示",
          "sentence": "二是超高清视频与显示。"
        },
        {
          "rule": "separator-style",
          "severity": "warning",
          "line": 26,
          "column": 473,
          "end_line": 26,
          "end_column": 487,
          "message": "chain \"整机引领-系统突破-设施支撑\" is joined by the hyphen \"-\"; GB/T 15834 joins a chain with the dash \"—\": \"整机引领—系统突破—设施支撑\"",
          "text": "整机引领-系统突破-设施支撑",
          "sentence": "聚焦飞行器整机、航电飞控系统、低空基础设施三大领域，重点发展eVTOL、工业级无人机，布局飞控计算机、作动器等核心部件，强化起降设施、通信导航及反制技术，构建“整机引领-系统突破-设施支撑”的全产业链生态。"
        },
        {
          "rule": "term-variant",
          "severity": "warning",
          "line": 26,
          "column": 591,
          "end_line": 26,
          "end_column": 600,
          "message": "one referent, 2 names: 高性能材料 (1×, first at 17:273), 高性能与前沿新材料 (1×, first at 26:591); the draft's own plan (guangming-industry-15) uses 高性能与前沿新材料",
          "text": "高性能与前沿新材料",
          "sentence": "六是高性能与前沿新材料。"
        },
        {
          "rule": "separator-style",
          "severity": "warning",
          "line": 26,
          "column": 789,
          "end_line": 26,
          "end_column": 808,
          "message": "chain \"合成设计-智能筛选-中试放大-产业转化\" is joined by the hyphen \"-\"; GB/T 15834 joins a chain with the dash \"—\": \"合成设计—智能筛选—中试放大—产业转化\"",
          "text": "合成设计-智能筛选-中试放大-产业转化",
          "sentence": "聚焦生物制品、化学药、AI+医药研发等领域，重点布局合成生物源头创新药物、细胞治疗产品、基因药物、AI药物筛选及设计，发展CRO/CDMO等外包服务，形成“合成设计-智能筛选-中试放大-产业转化”全链条创新生态。"
        },
        {
          "rule": "term-variant",
          "severity": "warning",
          "line": 27,
          "column": 252,
          "end_line": 27,
          "end_column": 260,
          "message": "one referent, 2 names: 脑科学 (2×, first at 13:124), 脑科学与脑机工程 (1×, first at 27:252); the draft's own plan (guangming-industry-15) uses 脑科学与脑机工程",
          "text": "脑科学与脑机工程",
          "sentence": "二是脑科学与脑机工程。"
        },
        {
          "rule": "term-variant",
          "severity": "warning",
          "line": 30,
          "column": 128,
          "end_line": 30,
          "end_column": 133,
          "message": "one referent, 2 names: 总部经济集聚区 (1×, first at 30:100), 总部集聚区 (1×, first at 30:128); the draft's own plan (guangming-industry-15) uses 总部集聚区",
          "text": "总部集聚区",
          "sentence": "高质量建设光明湖、凤凰城、光明中心区三大总部集聚区，吸引领军企业设立总部或区域研发中心。"
        }
      ],
      "draft_only": [
        {
          "line": 26,
          "column": 19,
          "text": "人工智能与应用",
          "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大"
        },
        {
          "line": 26,
          "column": 129,
          "text": "超高清视频与显示",
          "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大"
        },
        {
          "line": 26,
          "column": 819,
          "text": "高端医疗器械",
          "heading": "四、主要内容 > （三）第三章重点产业 > 第一节推动八大新兴产业发展壮大"
        },
        {
          "line": 27,
          "column": 252,
          "text": "脑科学与脑机工程",
          "heading": "四、主要内容 > （三）第三章重点产业 > 第二节支持两大未来产业成形成势"
        },
        {
          "line": 28,
          "column": 21,
          "text": "自行车",
          "heading": "四、主要内容 > （三）第三章重点产业 > 第三节鼓励一批传统优势产业优化提升"
        },
        {
          "line": 28,
          "column": 25,
          "text": "钟表",
          "heading": "四、主要内容 > （三）第三章重点产业 > 第三节鼓励一批传统优势产业优化提升"
        },
        {
          "line": 28,
          "column": 28,
          "text": "内衣",
          "heading": "四、主要内容 > （三）第三章重点产业 > 第三节鼓励一批传统优势产业优化提升"
        },
        {
          "line": 32,
          "column": 16,
          "text": "推动产业创新提质",
          "heading": "四、主要内容 > （五）第五章重点任务"
        },
        {
          "line": 32,
          "column": 73,
          "text": "促进经济能级跃升",
          "heading": "四、主要内容 > （五）第五章重点任务"
        },
        {
          "line": 32,
          "column": 134,
          "text": "实施企业梯队培育",
          "heading": "四、主要内容 > （五）第五章重点任务"
        },
        {
          "line": 32,
          "column": 199,
          "text": "全面完善要素保障",
          "heading": "四、主要内容 > （五）第五章重点任务"
        },
        {
          "line": 32,
          "column": 254,
          "text": "实现开放协同共赢",
          "heading": "四、主要内容 > （五）第五章重点任务"
        }
      ]
    }
  ]
}
