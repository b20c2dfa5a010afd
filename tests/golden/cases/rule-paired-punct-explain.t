# plancheck --explain paired-punct: the rule's one-paragraph documentation, English.
args: --explain paired-punct
rc: 0
---
paired-punct (error)
unbalanced or wrongly nested quotation marks, 书名号 or brackets

Checks that the paired marks “” ‘’ 《》 〈〉 （） 〔〕 【】 「」 『』 and ASCII () open and close within one paragraph and nest properly (GB/T 15834). Reported, at the mark: an opener never closed, a closer with no opener, an opener that an outer pair closes before it is closed (《…“…》), an opener closed by another kind of mark when its own closer never follows (“…》), and a full-width bracket closed by its ASCII twin (（…)), each once. A title wrapped over two lines is one paragraph, so its 《 may close on the next line. Silent: an apostrophe ’ after a Latin letter (China’s), a list marker such as "1）" or "a)" at the start of a clause, ASCII " (see punct-width), ASCII () in an English paragraph (more Latin letters than Han characters), and Word export leftovers. Example: "明确“智能化、绿色化发展方向" gives: unbalanced “: no closing ” in this paragraph.
