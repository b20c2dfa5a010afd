# A directory is searched recursively; files are reported in sorted order.
args: --plan national-15 --fail-on never tests/golden/data/dir
rc: 0
---
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "新一代信息技术", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "新能源", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "新材料", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "智能网联新能源汽车", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "机器人", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "生物医药", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "高端装备", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "航空航天", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "海洋经济", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "低空经济", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "集成电路", a required item of national-15 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "新型储能", a required item of national-15 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "生物制造", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "氢能和核聚变能", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "脑机接口", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "具身智能", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/a/y.md:1:1: warning: not covered: "第六代移动通信", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/a/y.md: against national-15 (national): required 1/18 (5.6%), all items 1/69
  covered: 量子科技 (deployed)
  missing: 新一代信息技术, 新能源, 新材料, 智能网联新能源汽车, 机器人, 生物医药, 高端装备, 航空航天, 海洋经济, 低空经济, 集成电路, 新型储能, 生物制造, 氢能和核聚变能, 脑机接口, 具身智能, 第六代移动通信
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "新一代信息技术", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "新能源", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "新材料", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "智能网联新能源汽车", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "机器人", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "生物医药", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "高端装备", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "航空航天", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "海洋经济", a required item of national-15 (战略性新兴产业（纲要第五章第一节）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "集成电路", a required item of national-15 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "新型储能", a required item of national-15 (六大新兴支柱产业（另见新兴产业）) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "量子科技", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "生物制造", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "氢能和核聚变能", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "脑机接口", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "具身智能", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/b/z.txt:1:1: warning: not covered: "第六代移动通信", a required item of national-15 (未来产业) [coverage-gap]
tests/golden/data/dir/b/z.txt: against national-15 (national): required 1/18 (5.6%), all items 1/69
  covered: 低空经济 (deployed)
  missing: 新一代信息技术, 新能源, 新材料, 智能网联新能源汽车, 机器人, 生物医药, 高端装备, 航空航天, 海洋经济, 集成电路, 新型储能, 量子科技, 生物制造, 氢能和核聚变能, 脑机接口, 具身智能, 第六代移动通信
