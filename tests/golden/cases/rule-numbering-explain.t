# plancheck --explain numbering: the rule's one-paragraph documentation, English.
args: --explain numbering
rc: 0
---
numbering (error)
numbered headings, ordinals (一是) or stages (第一阶段) out of sequence

Checks that numbered sequences run 1, 2, 3 … without a gap, a duplicate or a restart out of place: headings (第X章, 第X节, 一、, （一）, 1., （1）) within their parent heading, as the document nests them, and a 第X章 that opens a heading's title ("（一）第一章…"); the ordinals 一是, 二是 … within a paragraph or consecutive paragraphs of one section; 第一阶段, 第二阶段 … likewise. A new parent heading, an appendix (附件), the numbered lines of a 专栏 box or a new 一是 after a counted lead ("两大未来产业。一是…") start numbering afresh; numbering that runs on across parents (若干措施 whose items run 1–15 across 一、…四、) is recognised as such. One wrong number is reported once, at the marker, with the number expected. Silent: a lone marker with no sequence around it ("进入第二阶段"), ordinals not at a clause start (其一是, 统一是), the idiom 一是一、二是二, and 第十五个五年, 二十大, 第三代 and other numbers that are not markers. Example: "一是…。二是…。四是…" gives: expected "三是" after "二是", found "四是" (a gap).
