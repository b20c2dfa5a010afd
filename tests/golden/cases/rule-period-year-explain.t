# plancheck --explain period-year: the rule's one-paragraph documentation, English.
args: --explain period-year
rc: 0
---
period-year (warning)
a target year outside the plan period

Checks that target years lie within the plan period. The period comes from --period, else from the title (a range of years such as "（2026—2028年）", else a period name: "十五五" is 2026–2030), else from the draft's own plan (--self), else from the latest 十X五 the text names; without one the rule is silent. A target year is one after 到 or 至 ("到2031年", "至2031年底"), one before 前 ("2035年前", "2030年底前"), or 年底/年末 after 力争, 争取, 确保, 预计 or 计划. Silent: history and ranges ("十四五"期间, 截至2025年底, 2021年至2025年, 较2025年, 2020年前三季度), years in the title or in a background section, history told with 已 or 累计, a target quoted from another document ("《纲要》提出，到2035年…"), and a year after the period in a sentence about the long-range vision (远景, 展望, or 2035 with 基本实现: "到2035年，基本实现新型工业化" restates the national horizon). Example: in a "十五五" plan, "到2035年，产业规模突破千亿元" gives: target year 2035 is outside the plan period 2026–2030.
