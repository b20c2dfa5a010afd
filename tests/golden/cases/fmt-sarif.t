# --format sarif on a small draft with findings of three rules
# (coverage-gap, separator-style, paired-punct), a draft whose name holds a
# space, a comma, a colon and a percent sign, and a missing file, in one
# run: SARIF 2.1.0: the rules with metadata, one result per finding (regions
# in characters, end column exclusive), the input error as a tool execution
# notification and executionSuccessful false; the path percent-encoded in
# the uri (space %20, comma %2C, colon %3A, percent %25). Exit status 2 (an
# input error) as in every format.
args: --dicts tests/golden/data/mini-dicts --format sarif tests/golden/data/fmt-draft.txt 'tests/golden/data/fmt-odd name,a:b%.txt' tests/golden/data/no-such-draft.txt
rc: 2
---
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "plancheck",
          "version": "0.1.0",
          "rules": [
            {
              "id": "coverage-gap",
              "shortDescription": {
                "text": "a required item of a checked higher-level plan is not covered"
              },
              "fullDescription": {
                "text": "For every plan the draft is checked against, items marked required (the emerging and future industries of the national, provincial and municipal plans) that the draft never names, by name or alias, are reported once each at 1:1. Covered items and their strength are in the coverage summary and the JSON output."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "enum-count",
              "shortDescription": {
                "text": "a declared count disagrees with the list it counts"
              },
              "fullDescription": {
                "text": "Checks every declared count (\"六大方向\", \"三大领域\", \"四个原则\", \"13项指标\", \"N个方面\", \"N类\"; Chinese or Arabic numerals) against the list it counts: items joined by 、 before it, after the nearest clause break or lead verb (\"围绕A、B、C六大方向\"); a list after a colon (\"三大领域：A、B、C\"); ordinals after it (\"一是…二是…\", \"第一阶段…\"); the sub-headings under it (\"三、实施五大工程\" over （一）…（五）); or the same count restated with a list in the next sentence. 和, 及 and 与 may join two items or belong to one (基础和形势, 内容及标准), so a count is reported only when no reading gives it: \"A、B和C三大产业\" is right, \"A、B和C四大产业\" is not. A list closed by 等 is open: a count larger than the items shown is right (\"GDP比重等13项指标\"). Sums such as \"3+9\"产业片区 are checked against the counts of the same kind that follow them. Silent on numbers that count no list (第十五个五年, 二十大, 十五五, 第三代半导体, 六维力, 两业融合, 一城三区, 未来五年, 一批, 三四个, 这三大) and on a count with no list to compare (\"建设两个国家级平台\"). Example: \"围绕A、B、C、D、E六大方向\" declares six and lists five."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "numbering",
              "shortDescription": {
                "text": "numbered headings, ordinals (一是) or stages (第一阶段) out of sequence"
              },
              "fullDescription": {
                "text": "Checks that numbered sequences run 1, 2, 3 … without a gap, a duplicate or a restart out of place: headings (第X章, 第X节, 一、, （一）, 1., （1）) within their parent heading, as the document nests them, and a 第X章 that opens a heading's title (\"（一）第一章…\"); the ordinals 一是, 二是 … within a paragraph or consecutive paragraphs of one section; 第一阶段, 第二阶段 … likewise. A new parent heading, an appendix (附件), the numbered lines of a 专栏 box or a new 一是 after a counted lead (\"两大未来产业。一是…\") start numbering afresh; numbering that runs on across parents (若干措施 whose items run 1–15 across 一、…四、) is recognised as such. One wrong number is reported once, at the marker, with the number expected. Silent: a lone marker with no sequence around it (\"进入第二阶段\"), ordinals not at a clause start (其一是, 统一是), the idiom 一是一、二是二, and 第十五个五年, 二十大, 第三代 and other numbers that are not markers. Example: \"一是…。二是…。四是…\" gives: expected \"三是\" after \"二是\", found \"四是\" (a gap)."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "paired-punct",
              "shortDescription": {
                "text": "unbalanced or wrongly nested quotation marks, 书名号 or brackets"
              },
              "fullDescription": {
                "text": "Checks that the paired marks “” ‘’ 《》 〈〉 （） 〔〕 【】 「」 『』 and ASCII () open and close within one paragraph and nest properly (GB/T 15834). Reported, at the mark: an opener never closed, a closer with no opener, an opener that an outer pair closes before it is closed (《…“…》), an opener closed by another kind of mark when its own closer never follows (“…》), and a full-width bracket closed by its ASCII twin (（…)), each once. A title wrapped over two lines is one paragraph, so its 《 may close on the next line. Silent: an apostrophe ’ after a Latin letter (China’s), a list marker such as \"1）\" or \"a)\" at the start of a clause, ASCII \" (see punct-width), ASCII () in an English paragraph (more Latin letters than Han characters), and Word export leftovers. Example: \"明确“智能化、绿色化发展方向\" gives: unbalanced “: no closing ” in this paragraph."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "term-variant",
              "shortDescription": {
                "text": "one referent named by several forms"
              },
              "fullDescription": {
                "text": "Reports a referent (an item of the dictionaries: a name and its aliases) that the draft names by two or more different forms, once per referent, at the first occurrence of the second form. The message lists every form with its count and first position, the name the checked (higher-level) plans use and the name of the draft's own plan. The draft's own plan decides which forms are one referent; the aliases of a checked plan above the draft count unless some plan keeps the two forms apart as two items; a plan at the draft's own level (another district's) counts for nothing. Silent: accepted aliases; a form that is one conjunct of a longer form and an item's name in its own right (人工智能 beside 人工智能与应用); an abbreviation the text introduces (\"A（以下简称B）\", \"A（B）\") or a category it names (\"A等B\"); forms inside a quotation of another document. Example: 立足超高清视频显示…… and later 二是超高清视频与显示 give one warning naming both forms."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "formulation",
              "shortDescription": {
                "text": "a fixed formulation written in another order or with a part changed or missing"
              },
              "fullDescription": {
                "text": "Compares lists in the text (items joined by 、, chains joined by a dash, 化-words written together) with the fixed formulations (提法) of the checked plans above the draft and of the draft's own plan, stored in the dictionaries as ordered parts. Reports a list with the same parts in another order; and, for formulations of four or more parts, or a list in quotation marks compared with a higher-level plan, a list with one part changed or missing. Silent: a list that equals a formulation of any plan in the dictionaries, or an accepted alias (高端化智能化绿色化); a list closed by 等 that leaves parts out; another district's lists. Example: 坚持绿色化、智能化、融合化方向 is reported against the national 智能化、绿色化、融合化."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "period-year",
              "shortDescription": {
                "text": "a target year outside the plan period"
              },
              "fullDescription": {
                "text": "Checks that target years lie within the plan period. The period comes from --period, else from the title (a range of years such as \"（2026—2028年）\", else a period name: \"十五五\" is 2026–2030), else from the draft's own plan (--self), else from the latest 十X五 the text names; without one the rule is silent. A target year is one after 到 or 至 (\"到2031年\", \"至2031年底\"), one before 前 (\"2035年前\", \"2030年底前\"), or 年底/年末 after 力争, 争取, 确保, 预计 or 计划. Silent: history and ranges (\"十四五\"期间, 截至2025年底, 2021年至2025年, 较2025年, 2020年前三季度), years in the title or in a background section, history told with 已 or 累计, a target quoted from another document (\"《纲要》提出，到2035年…\"), and a year after the period in a sentence about the long-range vision (远景, 展望, or 2035 with 基本实现: \"到2035年，基本实现新型工业化\" restates the national horizon). Example: in a \"十五五\" plan, \"到2035年，产业规模突破千亿元\" gives: target year 2035 is outside the plan period 2026–2030."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "separator-style",
              "shortDescription": {
                "text": "a chain of three or more items joined by hyphens instead of the dash —"
              },
              "fullDescription": {
                "text": "Checks chains of three or more items (芯片设计—先进制造—模组封装—系统应用): GB/T 15834 joins them with the dash — (一字线). A chain joined by hyphens (ASCII -, full-width －, ‐, –) or by a mix of — and hyphens is reported once, with the corrected chain. Every item must contain a Han character, and an inner item is short and holds no 和, 与, 及 or 或. Silent: two items joined by a hyphen (a compound name such as 李松蓢-西田, also two of them joined by 和: 东岭-西岭协作区和北岭-南湾港示范区), Latin and numeric tokens (5G-A, COVID-19, 2026-03-31), ranges of years or places with — (2026—2030年), value ranges with ～, and the 破折号 ——. Example: \"构建“整机引领-系统突破-设施支撑”的全产业链生态\" gives: chain \"整机引领-系统突破-设施支撑\" is joined by the hyphen \"-\"; use \"整机引领—系统突破—设施支撑\"."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "punct-width",
              "shortDescription": {
                "text": "ASCII punctuation in Chinese text"
              },
              "fullDescription": {
                "text": "Checks for ASCII punctuation in Chinese text (comma, full stop, semicolon, colon, question and exclamation marks, brackets and double quotes), where GB/T 15834 uses the full-width ，。；：？！（）“”. A mark counts when the nearest character on either side is Han or full-width punctuation (for a full stop only the one before it); a pair of ASCII brackets counts when it encloses Chinese text, a pair of ASCII quotes when it encloses Chinese text or stands next to it. One warning per paragraph, at the first mark, counting all. Silent: marks inside Latin or numeric tokens (AI for Science, 1.5, 10:30, 1,000, https://), heading markers such as \"1.\" before a title, abbreviations (Co.), brackets around Latin or digits (\"(AI)\", \"(1)\"), + and / (3+3+1, AI+医药, CRO/CDMO), unmatched ASCII brackets (reported by paired-punct), paragraphs with more Latin letters than Han characters (English text), and Word export leftovers. Example: \"培育人工智能,大数据等产业\" gives: ASCII , in Chinese text at \"培育人工智能,大数据等产\"; use the full-width ，."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "abbrev",
              "shortDescription": {
                "text": "full name written after its abbreviation was defined, or abbreviation used before its definition"
              },
              "fullDescription": {
                "text": "Reads definitions \"（以下简称X）\" (also 简称, 下称, 以下称) and reports the full name written again after the definition, and X written before it. The full name is the 《》 title or “” quotation before the definition, else the words before it back to the last punctuation. Silent: a full name before the definition; a full name inside a 《》 title, a longer dictionary term (proper names keep the full name) or a quotation of another document; X in the document's title; a plain X of one or two characters before its definition. Example: after 粤港澳大湾区（以下简称大湾区）, a later 推进粤港澳大湾区建设 is reported."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "outline-order",
              "shortDescription": {
                "text": "an overview lists the document's parts in another order or wording than its headings"
              },
              "fullDescription": {
                "text": "Finds overviews that enumerate the document's own parts (\"《规划》围绕A、B、C…六个方面展开\": a counted list whose items match the titles of the sibling headings that follow it) and reports, with the rule's severity, an overview whose order differs from the headings'; and, one severity level lower (a note by default), each overview item whose words, split on 和/与/及, do not all appear in the heading it stands for (other words may stand inside a word there: 绿色转型 is in 推动绿色低碳转型), or that stands for no heading. Titles are compared without their 第X章 prefix. Silent on lists that are no overview: fewer than two items match their headings fully, or fewer than two thirds match at all (unless one matches fully and each of the others partly, as many items as headings). Example: an overview listing 主要任务 before 空间布局 above the chapters 第四章空间布局 and 第五章重点任务 gives a warning (order) and a note (主要任务 is not in 重点任务); 基础和形势 for 发展基础与面临形势 is fine, both words appear."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "quote-check",
              "shortDescription": {
                "text": "a quotation that differs from the document it is attributed to"
              },
              "fullDescription": {
                "text": "Finds quotations attributed to a named document (《…》提出/强调/明确/指出“…”, quote verbs from the lexicon; also 《…》所指出的，“…”, a note in brackets after the title, and 落实《…》“…”的要求) and compares each with that document's reference text, given with --ref FILE (the title is the file's first line) or --ref TITLE=FILE; a reference matches when its title equals or contains the cited title, and a title defined as an abbreviation (（以下简称《纲要》）) stands for its full name. A quotation that is not in the reference text is reported with the closest passage and what differs (missing, extra or changed characters); an ellipsis (……) splits a quotation into pieces checked one by one, and ‘’ inside a quotation compare as “”. Without a reference text each quotation gives a note \"unverified\". Quotations of the draft's own plan are not checked. Example: 《深圳市…纲要》提出“建设全球先进制造业中心”, checked against a reference reading 建设全球领先的重要的先进制造业中心, reports 领先的重要的 missing."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "unused-suppression",
              "shortDescription": {
                "text": "a plancheck-disable comment suppresses nothing"
              },
              "fullDescription": {
                "text": "With --report-unused-suppressions, every <!-- plancheck-disable … --> (or -disable-next-line) comment that suppressed no finding is reported, naming the rules it names in vain, and a rule name no rule has; so stale suppressions do not pile up in a draft."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "pattern-limit",
              "shortDescription": {
                "text": "a dictionary pattern was stopped by the PCRE2 match limit"
              },
              "fullDescription": {
                "text": "Dictionary patterns are data, so every run of one is bounded by PCRE2's match and depth limits. A pattern that backtracks without end is stopped at the limit instead of hanging the check; its hits in that paragraph are lost, and this warning (at 1:1) names the item, so the dictionary can be fixed (plancheck dict lint finds such patterns too). The limits are set with --pcre2-match-limit and --pcre2-depth-limit."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "finding-limit",
              "shortDescription": {
                "text": "more findings of one rule in a file than --max-findings"
              },
              "fullDescription": {
                "text": "A file gets at most --max-findings findings (default 1000) of any one rule; the rest are counted, not kept, and this note, at the first one left out, says how many there were. A draft with thousands of findings of one rule has one cause (a wrong punctuation setting, an unclosed quotation mark), and reporting each would only cost time and memory. The findings are counted before suppressions are applied. --max-findings 0 reports all."
              },
              "defaultConfiguration": {
                "level": "note"
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "invocations": [
        {
          "executionSuccessful": false,
          "toolExecutionNotifications": [
            {
              "level": "error",
              "message": {
                "text": "cannot read: No such file or directory"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "tests/golden/data/no-such-draft.txt"
                    }
                  }
                }
              ]
            }
          ]
        }
      ],
      "results": [
        {
          "ruleId": "coverage-gap",
          "level": "warning",
          "message": {
            "text": "not covered: \"新材料\", a required item of mini-national (产业)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/golden/data/fmt-draft.txt"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 0
        },
        {
          "ruleId": "coverage-gap",
          "level": "warning",
          "message": {
            "text": "not covered: \"低空经济\", a required item of mini-city (产业)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/golden/data/fmt-draft.txt"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 0
        },
        {
          "ruleId": "separator-style",
          "level": "warning",
          "message": {
            "text": "chain \"研发设计-中试验证-规模量产\" is joined by the hyphen \"-\"; GB/T 15834 joins a chain with the dash \"—\": \"研发设计—中试验证—规模量产\""
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/golden/data/fmt-draft.txt"
                },
                "region": {
                  "startLine": 5,
                  "startColumn": 4,
                  "endLine": 5,
                  "endColumn": 18
                }
              }
            }
          ],
          "ruleIndex": 7
        },
        {
          "ruleId": "paired-punct",
          "level": "error",
          "message": {
            "text": "unbalanced 《: no closing 》 in this paragraph (at \"《能耗降低5%行动方案…\")"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/golden/data/fmt-draft.txt"
                },
                "region": {
                  "startLine": 6,
                  "startColumn": 3,
                  "endLine": 6,
                  "endColumn": 4
                }
              }
            }
          ],
          "ruleIndex": 3
        },
        {
          "ruleId": "coverage-gap",
          "level": "warning",
          "message": {
            "text": "not covered: \"新材料\", a required item of mini-national (产业)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/golden/data/fmt-odd%20name%2Ca%3Ab%25.txt"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 0
        },
        {
          "ruleId": "coverage-gap",
          "level": "warning",
          "message": {
            "text": "not covered: \"低空经济\", a required item of mini-city (产业)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/golden/data/fmt-odd%20name%2Ca%3Ab%25.txt"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 0
        },
        {
          "ruleId": "paired-punct",
          "level": "error",
          "message": {
            "text": "unbalanced 《: no closing 》 in this paragraph (at \"《新能源50%行动方案…\")"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "tests/golden/data/fmt-odd%20name%2Ca%3Ab%25.txt"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 3,
                  "endLine": 4,
                  "endColumn": 4
                }
              }
            }
          ],
          "ruleIndex": 3
        }
      ]
    }
  ]
}
stderr: tests/golden/data/no-such-draft.txt: error: cannot read: No such file or directory
