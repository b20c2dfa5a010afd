# plancheck --explain separator-style: the rule's one-paragraph documentation, English.
args: --explain separator-style
rc: 0
---
separator-style (warning)
a chain of three or more items joined by hyphens instead of the dash —

Checks chains of three or more items (芯片设计—先进制造—模组封装—系统应用): GB/T 15834 joins them with the dash — (一字线). A chain joined by hyphens (ASCII -, full-width －, ‐, –) or by a mix of — and hyphens is reported once, with the corrected chain. Every item must contain a Han character, and an inner item is short and holds no 和, 与, 及 or 或. Silent: two items joined by a hyphen (a compound name such as 李松蓢-西田, also two of them joined by 和: 东岭-西岭协作区和北岭-南湾港示范区), Latin and numeric tokens (5G-A, COVID-19, 2026-03-31), ranges of years or places with — (2026—2030年), value ranges with ～, and the 破折号 ——. Example: "构建“整机引领-系统突破-设施支撑”的全产业链生态" gives: chain "整机引领-系统突破-设施支撑" is joined by the hyphen "-"; use "整机引领—系统突破—设施支撑".
