# A configuration with a mistake on each of many lines: every problem
# reported as file:line on stderr with [config], the line ignored; the good
# lines still apply (plans = mini-national, rule.separator-style = error)
# and both inputs are still checked; exit 2.
args: --config tests/golden/data/cfg-error/bad.conf tests/golden/data/cfg-error/draft.txt tests/golden/data/fmt-clean.txt
rc: 2
---
tests/golden/data/cfg-error/draft.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/cfg-error/draft.txt:7:4: error: chain "研发设计-中试验证-规模量产" is joined by the hyphen "-"; GB/T 15834 joins a chain with the dash "—": "研发设计—中试验证—规模量产" [separator-style]
tests/golden/data/cfg-error/draft.txt:8:3: error: unbalanced 《: no closing 》 in this paragraph (at "《能耗降低行动方案落地…") [paired-punct]
tests/golden/data/cfg-error/draft.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed with targets)
  missing: 新材料
tests/golden/data/fmt-clean.txt: against mini-national (national): required 2/2 (100.0%), all items 3/4
  covered: 新能源 (deployed), 新材料 (deployed)
stderr: tests/golden/data/cfg-error/bad.conf:5: error: unknown key "colour" [config]
stderr: tests/golden/data/cfg-error/bad.conf:6: error: invalid value "sometimes" for fail-on: expected error, warning, note or never [config]
stderr: tests/golden/data/cfg-error/bad.conf:7: error: unknown rule "no-such-rule" [config]
stderr: tests/golden/data/cfg-error/bad.conf:8: error: invalid value "loud" for rule.paired-punct: expected error, warning, note or off [config]
stderr: tests/golden/data/cfg-error/bad.conf:9: error: cannot parse the line: expected "key = value", "[glob]" or a comment [config]
stderr: tests/golden/data/cfg-error/bad.conf:10: error: invalid value "2030-2026" for period: expected START-END, e.g. 2026-2030 [config]
stderr: tests/golden/data/cfg-error/bad.conf:11: error: invalid value "120" for min-coverage: expected a percentage 0-100 [config]
stderr: tests/golden/data/cfg-error/bad.conf:12: error: invalid value "latin-1" for encoding: expected utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk, gb2312 or big5 [config]
stderr: tests/golden/data/cfg-error/bad.conf:13: error: invalid value "pdf" for input-format: expected auto, text, docx or html [config]
stderr: tests/golden/data/cfg-error/bad.conf:14: error: invalid value "mini-city mini-national" for self: expected one plan id [config]
stderr: tests/golden/data/cfg-error/bad.conf:15: error: section header without closing "]" [config]
stderr: tests/golden/data/cfg-error/bad.conf:16: error: empty section header [config]
stderr: tests/golden/data/cfg-error/bad.conf:18: error: dicts can only be set before the first section [config]
stderr: tests/golden/data/cfg-error/bad.conf:19: error: unterminated quoted value for self [config]
