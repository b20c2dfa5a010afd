# encoding = utf-16le in the configuration reads a UTF-16LE draft without a
# byte order mark (cfg-encoding-no-config: refused without it).
args: tests/golden/data/cfg-encoding/draft.txt
rc: 0
---
tests/golden/data/cfg-encoding/draft.txt: against mini-national (national): required 2/2 (100.0%), all items 2/4
  covered: 新能源 (mentioned), 新材料 (mentioned)
