# abbrev non-hits: the full name before its definition, the short name in
# the title, the full name inside a 《》 title and inside a longer
# dictionary term, a plain two-character abbreviation (规划) before its
# definition, and 简称 uses after the definition.
args: --plan guangming-industry-15 tests/golden/data/rule-abbrev-silent.txt
rc: 0
---
tests/golden/data/rule-abbrev-silent.txt: against guangming-industry-15 (district): required 0/0 (100.0%), all items 1/78
