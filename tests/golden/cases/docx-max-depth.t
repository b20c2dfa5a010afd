# --max-depth reaches the DOCX reader: table.docx nests its text 11 deep
# (document, body, tbl, tr, tc, tbl, tr, tc, p, r, t); 10 is too few, 11
# enough.
args: --self national-15 --max-depth 10 tests/data/docx/table.docx
rc: 2
---
stderr: tests/data/docx/table.docx: error: markup nested too deeply at line 2
