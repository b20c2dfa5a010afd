# Unknown option: one line, exit 2.
args: --no-such-option x.txt
rc: 2
---
stderr: plancheck: unknown option / 未知选项: --no-such-option
