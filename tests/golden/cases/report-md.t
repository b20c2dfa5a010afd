# --format md: the alignment report of a small draft against two small
# plans (tests/golden/data/report-dicts): header with the dictionaries'
# hashes and sources, coverage as numbers and bars, findings by rule and
# severity, the 衔接对照表 per plan grouped as in the plan with missing
# required items first and the term marked in its sentence, gaps (required
# one per row, optional by group), draft-only content (自行车, 内衣; 钟表 is
# named by report-city), findings by rule. The date comes from
# SOURCE_DATE_EPOCH, so the output is fixed.
args: --format md --dicts tests/golden/data/report-dicts tests/golden/data/report-draft.txt
env: SOURCE_DATE_EPOCH=1767225600
rc: 0
---
# Alignment report — 测试区产业发展规划（征求意见稿）

- **Title**: 测试区产业发展规划（征求意见稿）
- **File**: tests/golden/data/report-draft.txt
- **Encoding**: UTF-8
- **Checked against**: report-national national《测试用国家规划纲要》  
report-city municipal《测试市规划》
- **Generated**: 2026-01-01 00:00:00 UTC
- **plancheck version**: 0.1.0

## Dictionaries used

| Plan | Level | Period | SHA-256 | Sources |
| --- | --- | --- | --- | --- |
| report-national<br>*测试用国家规划纲要* | national | 2026—2030 | ca646485158d87d4b1ce039f2effa27d553a4188ff293e7a697ed61b7e6f0f52 | *https://example.org/national-plan* |
| report-city<br>*测试市规划* | municipal | 2026—2030 | a696da2324cbd7bb07636969ff92a9f3b446b3cd786b08dd87f697abee810730 | *https://example.org/city-plan* |

## Summary

### Coverage by plan level

| Coverage by plan level | required items covered | all items covered |
| --- | --- | --- |
| national report-national | ██████████░░░░░░░░░░ | ██████████░░░░░░░░░░ |
| municipal report-city | ░░░░░░░░░░░░░░░░░░░░ | ██████████░░░░░░░░░░ |

| Level | Plan | Required items | All items |
| --- | --- | --- | --- |
| national | report-national | 1/2 (50.0%) | 2/4 (50.0%) |
| municipal | report-city | 0/1 (0.0%) | 1/2 (50.0%) |

### Findings by rule and severity

| Rule | What it checks | error | warning | note | Total |
| --- | --- | --- | --- | --- | --- |
| coverage-gap | a required item of a checked higher-level plan is not covered | 0 | 2 | 0 | 2 |
| separator-style | a chain of three or more items joined by hyphens instead of the dash — | 0 | 1 | 0 | 1 |
| **Total** |  | **0** | **3** | **0** | **3** |

## Alignment table (衔接对照表)

Each item of the higher-level plan, where the draft takes it up (heading and sentence) and how strongly: missing, mentioned, deployed, or deployed with targets. Missing required items come first in each group.

### report-national national《测试用国家规划纲要》

| Higher-level item | Where the draft addresses it | Status and strength |
| --- | --- | --- |
| **新兴产业** |  |  |
| 航空航天<br>*required* |  | missing<br>*○○○* |
| 新能源<br>*required* | *二、重点任务 \> （一）发展新能源 · 5:6 · deployed*<br>（一）发展**新能源**<br>*一、发展基础 · 3:3 · mentioned*<br>我区**新能源**产业起步较早，低空经济初具规模。<br>*二、重点任务 \> （一）发展新能源 · 6:8 · mentioned*<br>到2028年，**新能源**产业规模达到200亿元。 | deployed<br>*●●○* |
| **未来产业** |  |  |
| 量子科技 |  | missing<br>*○○○* |
| 低空经济 | *一、发展基础 · 3:13 · mentioned*<br>我区新能源产业起步较早，**低空经济**初具规模。 | mentioned<br>*●○○* |

### report-city municipal《测试市规划》

| Higher-level item | Where the draft addresses it | Status and strength |
| --- | --- | --- |
| **产业集群** |  |  |
| 智能终端<br>*required* |  | missing<br>*○○○* |
| **传统优势产业** |  |  |
| 手表钟表 | *二、重点任务 \> （二）培育特色产业 · 8:7 · deployed*<br>推动自行车、**钟表**、内衣三大产业智能化升级，打造“设计-制造-品牌”链条。 | deployed<br>*●●○* |

## Gaps

Items of the higher-level plans the draft does not take up: the required ones, each with the source it comes from, then the optional ones by plan and group.

| Higher-level item | Plan | Group | Source |
| --- | --- | --- | --- |
| 航空航天<br>*required* | report-national | 新兴产业 | *https://example.org/national-plan* |
| 智能终端<br>*required* | report-city | 产业集群 | *https://example.org/city-plan* |

### Optional items not taken up

| Plan | Group | Items | Source |
| --- | --- | --- | --- |
| report-national | 未来产业 | 量子科技 | *https://example.org/national-plan* |

## Draft-only content

Industries and tasks the draft itself enumerates that none of the checked plans names.

| Content | Position | Under heading |
| --- | --- | --- |
| 自行车 | 8:3 | 二、重点任务 \> （二）培育特色产业 |
| 内衣 | 8:10 | 二、重点任务 \> （二）培育特色产业 |

## Findings

coverage-gap: 2 findings, listed under Gaps.

### separator-style

a chain of three or more items joined by hyphens instead of the dash —

| Position | Severity | Message | Sentence |
| --- | --- | --- | --- |
| 8:25 | warning | chain "设计-制造-品牌" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "设计—制造—品牌" | 推动自行车、钟表、内衣三大产业智能化升级，打造“**设计-制造-品牌**”链条。 |

