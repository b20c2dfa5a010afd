# --input-format text on a DOCX: the text reader sees a zip, not a text
# document.
args: --self national-15 --input-format text tests/data/docx/table.docx
rc: 2
---
stderr: tests/data/docx/table.docx: error: not a text document: control byte 0x03 at byte offset 2
