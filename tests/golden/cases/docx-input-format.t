# --input-format forces the reader, whatever the content: a text file read
# as DOCX is not a zip archive; with --input-format text, a DOCX is not a
# text document.
args: --self national-15 --input-format docx corpus/guangming-industrialization-15th-explanation.txt
rc: 2
---
stderr: corpus/guangming-industrialization-15th-explanation.txt: error: not a readable DOCX: not a zip archive
