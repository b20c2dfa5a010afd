# --max-part-size reaches the DOCX reader: runs.docx's document part is
# 2,196 bytes, over a limit of 2,000 (under the default it reads: see
# docx-sniff).
args: --self national-15 --max-part-size 2000 tests/data/docx/runs.docx
rc: 2
---
stderr: tests/data/docx/runs.docx: error: a part of the document expands beyond the limit of 2000 bytes (word/document.xml)
