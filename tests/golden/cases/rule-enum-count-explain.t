# --explain enum-count: the rule's documentation.
args: --explain enum-count
rc: 0
---
enum-count (error)
a declared count disagrees with the list it counts

Checks every declared count ("六大方向", "三大领域", "四个原则", "13项指标", "N个方面", "N类"; Chinese or Arabic numerals) against the list it counts: items joined by 、 before it, after the nearest clause break or lead verb ("围绕A、B、C六大方向"); a list after a colon ("三大领域：A、B、C"); ordinals after it ("一是…二是…", "第一阶段…"); the sub-headings under it ("三、实施五大工程" over （一）…（五）); or the same count restated with a list in the next sentence. 和, 及 and 与 may join two items or belong to one (基础和形势, 内容及标准), so a count is reported only when no reading gives it: "A、B和C三大产业" is right, "A、B和C四大产业" is not. A list closed by 等 is open: a count larger than the items shown is right ("GDP比重等13项指标"). Sums such as "3+9"产业片区 are checked against the counts of the same kind that follow them. Silent on numbers that count no list (第十五个五年, 二十大, 十五五, 第三代半导体, 六维力, 两业融合, 一城三区, 未来五年, 一批, 三四个, 这三大) and on a count with no list to compare ("建设两个国家级平台"). Example: "围绕A、B、C、D、E六大方向" declares six and lists five.
