# plancheck --explain punct-width: the rule's one-paragraph documentation, English.
args: --explain punct-width
rc: 0
---
punct-width (warning)
ASCII punctuation in Chinese text

Checks for ASCII punctuation in Chinese text (comma, full stop, semicolon, colon, question and exclamation marks, brackets and double quotes), where GB/T 15834 uses the full-width ，。；：？！（）“”. A mark counts when the nearest character on either side is Han or full-width punctuation (for a full stop only the one before it); a pair of ASCII brackets counts when it encloses Chinese text, a pair of ASCII quotes when it encloses Chinese text or stands next to it. One warning per paragraph, at the first mark, counting all. Silent: marks inside Latin or numeric tokens (AI for Science, 1.5, 10:30, 1,000, https://), heading markers such as "1." before a title, abbreviations (Co.), brackets around Latin or digits ("(AI)", "(1)"), + and / (3+3+1, AI+医药, CRO/CDMO), unmatched ASCII brackets (reported by paired-punct), paragraphs with more Latin letters than Han characters (English text), and Word export leftovers. Example: "培育人工智能,大数据等产业" gives: ASCII , in Chinese text at "培育人工智能,大数据等产"; use the full-width ，.
