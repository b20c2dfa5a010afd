# Hit columns in bytes (Vim) and UTF-16 units (VS Code) differ from
# characters after CJK text and a character outside the BMP.
args: --format json --plan national-15 --column-unit byte tests/golden/data/core-columns.txt
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
      "path": "tests/golden/data/core-columns.txt",
      "encoding": "UTF-8",
      "title": "𠀀甲乙丙：到2030年，培育壮大集成电路产业规模突破100亿元。",
      "self": null,
      "coverage": [
        {
          "plan": "national-15",
          "level": "national",
          "covered": 1,
          "total": 69,
          "required_covered": 1,
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
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "new-materials",
              "name": "新材料",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "biomedicine",
              "name": "生物医药",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "high-end-equipment",
              "name": "高端装备",
              "aliases": [],
              "group": "emerging",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "integrated-circuits",
              "name": "集成电路",
              "aliases": [],
              "group": "pillar",
              "weight": "required",
              "status": "covered",
              "strength": 1,
              "hits": [
                {
                  "line": 1,
                  "column": 42,
                  "text": "集成电路",
                  "heading": "",
                  "strength": 1
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
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "embodied-ai",
              "name": "具身智能",
              "aliases": [],
              "group": "future",
              "weight": "required",
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "high-smart-green",
              "name": "高端化、智能化、绿色化",
              "aliases": [
                "高端化智能化绿色化"
              ],
              "group": "formulations",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "new-quality-productive-forces",
              "name": "新质生产力",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "modern-industrial-system",
              "name": "现代化产业体系",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
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
              "status": "missing",
              "strength": 0,
              "hits": []
            },
            {
              "id": "new-tracks",
              "name": "新产业新赛道",
              "aliases": [],
              "group": "terms",
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
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
          "message": "not covered: \"新能源\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
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
          "message": "not covered: \"新材料\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
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
          "message": "not covered: \"机器人\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
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
          "message": "not covered: \"生物医药\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
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
          "message": "not covered: \"高端装备\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
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
          "message": "not covered: \"低空经济\", a required item of national-15 (战略性新兴产业（纲要第五章第一节）)",
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
          "message": "not covered: \"生物制造\", a required item of national-15 (未来产业)",
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
          "message": "not covered: \"脑机接口\", a required item of national-15 (未来产业)",
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
          "message": "not covered: \"具身智能\", a required item of national-15 (未来产业)",
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
        }
      ],
      "draft_only": []
    }
  ]
}
