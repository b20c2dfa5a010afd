# --format json on a small draft with findings of three rules (coverage-gap,
# separator-style, paired-punct), a draft whose name holds a space, a comma,
# a colon and a percent sign, and a missing file, in one run: one JSON
# document (version 1) with every file, the unreadable one with "error" and
# empty coverage and findings. Exit status 2 (an input error) as in every
# format.
args: --dicts tests/golden/data/mini-dicts --format json tests/golden/data/fmt-draft.txt 'tests/golden/data/fmt-odd name,a:b%.txt' tests/golden/data/no-such-draft.txt
rc: 2
---
{
  "version": 1,
  "tool": {
    "name": "plancheck",
    "version": "0.1.0"
  },
  "plans": [
    {
      "id": "mini-national",
      "level": "national",
      "region": "全国",
      "title": "测试用国家规划纲要",
      "start": 2026,
      "end": 2030,
      "sha256": "831f9a5489d296cef087dd6969e0fc29cb09c7aeb631bfa392dff877bc785c75",
      "parent": null,
      "items": 4,
      "sources": [
        "test data for tests/golden/cases/{fmt,cfg,suppress,baseline}-*.t"
      ]
    },
    {
      "id": "mini-city",
      "level": "municipal",
      "region": "测试市",
      "title": "测试市规划",
      "start": 2026,
      "end": 2030,
      "sha256": "0289658726e35079b5d1b99eb4492dc9cee0becfe86adf80157f5e51853b523d",
      "parent": "mini-national",
      "items": 1,
      "sources": [
        "test data for tests/golden/cases/{fmt,cfg,suppress,baseline}-*.t"
      ]
    }
  ],
  "files": [
    {
      "path": "tests/golden/data/fmt-draft.txt",
      "encoding": "UTF-8",
      "title": "测试区产业发展行动方案",
      "self": null,
      "coverage": [
        {
          "plan": "mini-national",
          "level": "national",
          "covered": 2,
          "total": 4,
          "required_covered": 1,
          "required_total": 2,
          "items": [
            {
              "id": "new-energy",
              "name": "新能源",
              "aliases": [],
              "group": "industries",
              "weight": "required",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 4,
                  "column": 5,
                  "text": "新能源",
                  "heading": "一、重点任务",
                  "strength": 2
                }
              ]
            },
            {
              "id": "new-materials",
              "name": "新材料",
              "aliases": [
                "新型材料"
              ],
              "group": "industries",
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
              "weight": "optional",
              "status": "covered",
              "strength": 2,
              "hits": [
                {
                  "line": 4,
                  "column": 11,
                  "text": "量子科技",
                  "heading": "一、重点任务",
                  "strength": 2
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
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            }
          ]
        },
        {
          "plan": "mini-city",
          "level": "municipal",
          "covered": 0,
          "total": 1,
          "required_covered": 0,
          "required_total": 1,
          "items": [
            {
              "id": "low-altitude",
              "name": "低空经济",
              "aliases": [],
              "group": "industries",
              "weight": "required",
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
          "message": "not covered: \"新材料\", a required item of mini-national (产业)",
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
          "message": "not covered: \"低空经济\", a required item of mini-city (产业)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "separator-style",
          "severity": "warning",
          "line": 5,
          "column": 4,
          "end_line": 5,
          "end_column": 18,
          "message": "chain \"研发设计-中试验证-规模量产\" is joined by the hyphen \"-\"; GB/T 15834 joins a chain with the dash \"—\": \"研发设计—中试验证—规模量产\"",
          "text": "研发设计-中试验证-规模量产",
          "sentence": "构建“研发设计-中试验证-规模量产”全链条体系。"
        },
        {
          "rule": "paired-punct",
          "severity": "error",
          "line": 6,
          "column": 3,
          "end_line": 6,
          "end_column": 4,
          "message": "unbalanced 《: no closing 》 in this paragraph (at \"《能耗降低5%行动方案…\")",
          "text": "《",
          "sentence": "推动《能耗降低5%行动方案落地。"
        }
      ],
      "draft_only": []
    },
    {
      "path": "tests/golden/data/fmt-odd name,a:b%.txt",
      "encoding": "UTF-8",
      "title": "测试区专项行动方案",
      "self": null,
      "coverage": [
        {
          "plan": "mini-national",
          "level": "national",
          "covered": 1,
          "total": 4,
          "required_covered": 1,
          "required_total": 2,
          "items": [
            {
              "id": "new-energy",
              "name": "新能源",
              "aliases": [],
              "group": "industries",
              "weight": "required",
              "status": "covered",
              "strength": 3,
              "hits": [
                {
                  "line": 4,
                  "column": 4,
                  "text": "新能源",
                  "heading": "一、重点任务",
                  "strength": 3
                }
              ]
            },
            {
              "id": "new-materials",
              "name": "新材料",
              "aliases": [
                "新型材料"
              ],
              "group": "industries",
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
              "weight": "optional",
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
              "weight": "optional",
              "status": "missing",
              "strength": 0,
              "hits": []
            }
          ]
        },
        {
          "plan": "mini-city",
          "level": "municipal",
          "covered": 0,
          "total": 1,
          "required_covered": 0,
          "required_total": 1,
          "items": [
            {
              "id": "low-altitude",
              "name": "低空经济",
              "aliases": [],
              "group": "industries",
              "weight": "required",
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
          "message": "not covered: \"新材料\", a required item of mini-national (产业)",
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
          "message": "not covered: \"低空经济\", a required item of mini-city (产业)",
          "text": "",
          "sentence": ""
        },
        {
          "rule": "paired-punct",
          "severity": "error",
          "line": 4,
          "column": 3,
          "end_line": 4,
          "end_column": 4,
          "message": "unbalanced 《: no closing 》 in this paragraph (at \"《新能源50%行动方案…\")",
          "text": "《",
          "sentence": "推动《新能源50%行动方案落地。"
        }
      ],
      "draft_only": []
    },
    {
      "path": "tests/golden/data/no-such-draft.txt",
      "encoding": null,
      "title": null,
      "self": null,
      "error": "cannot read: No such file or directory",
      "coverage": [],
      "findings": [],
      "draft_only": []
    }
  ]
}
stderr: tests/golden/data/no-such-draft.txt: error: cannot read: No such file or directory
