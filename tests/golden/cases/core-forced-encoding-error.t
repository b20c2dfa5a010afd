# A forced encoding that does not fit names the byte offset.
args: --encoding gb18030 tests/golden/data/core-undecodable.txt
rc: 2
---
stderr: tests/golden/data/core-undecodable.txt: error: invalid GB18030 byte sequence at byte offset 14
