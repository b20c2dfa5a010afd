# --explain outline-order: the rule's documentation.
args: --explain outline-order
rc: 0
---
outline-order (warning)
an overview lists the document's parts in another order or wording than its headings

Finds overviews that enumerate the document's own parts ("《规划》围绕A、B、C…六个方面展开": a counted list whose items match the titles of the sibling headings that follow it) and reports, with the rule's severity, an overview whose order differs from the headings'; and, one severity level lower (a note by default), each overview item whose words, split on 和/与/及, do not all appear in the heading it stands for (other words may stand inside a word there: 绿色转型 is in 推动绿色低碳转型), or that stands for no heading. Titles are compared without their 第X章 prefix. Silent on lists that are no overview: fewer than two items match their headings fully, or fewer than two thirds match at all (unless one matches fully and each of the others partly, as many items as headings). Example: an overview listing 主要任务 before 空间布局 above the chapters 第四章空间布局 and 第五章重点任务 gives a warning (order) and a note (主要任务 is not in 重点任务); 基础和形势 for 发展基础与面临形势 is fine, both words appear.
