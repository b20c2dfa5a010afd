# Mutation of a clean written draft (compare rule-numbering-draft, the
# unmutated draft):
# one — of the chain on line 18 became an ASCII "-"; one finding (a mix).
args: --self national-15 tests/golden/data/mut-sep-draft-chain.txt
rc: 0
---
tests/golden/data/mut-sep-draft-chain.txt:18:37: warning: chain "核心部件—整机制造-系统集成—运维服务" mixes the dash "—" with the hyphen "-"; use "—" throughout (GB/T 15834): "核心部件—整机制造—系统集成—运维服务" [separator-style]
tests/golden/data/mut-sep-draft-chain.txt: a draft of national-15, checked against its parent plans
