# Findings suppressed by a baseline are gone from every format: JSON with an
# empty findings list and full coverage.
args: --dicts tests/golden/data/mini-dicts --format json --baseline tests/golden/data/baseline-draft.json tests/golden/data/baseline-draft.txt
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
      "path": "tests/golden/data/baseline-draft.txt",
      "encoding": "UTF-8",
      "title": "测试区产业发展行动方案",
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
      "findings": [],
      "draft_only": []
    }
  ]
}
