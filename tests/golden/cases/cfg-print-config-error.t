# --print-config with a configuration that has problems: they are reported
# (exit 2), and the settings of the good lines printed.
args: --config tests/golden/data/cfg-error/bad.conf --print-config tests/golden/data/cfg-error/draft.txt
rc: 2
---
# tests/golden/data/cfg-error/bad.conf
plans = mini-national
dicts = tests/golden/data/cfg-error/../mini-dicts
rule.separator-style = error
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
