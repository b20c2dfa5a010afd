# The UTF-16LE draft without a byte order mark of cfg-encoding, without its
# configuration: not a text document (control bytes), exit 2.
args: --no-config --dicts tests/golden/data/mini-dicts --plan mini-national tests/golden/data/cfg-encoding/draft.txt
rc: 2
---
stderr: tests/golden/data/cfg-encoding/draft.txt: error: not a text document: control byte 0x1A at byte offset 8
