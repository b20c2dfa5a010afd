# Mutation of rule-term-variant-silent.txt, line 7: 低空装备 written 低空经济,
# which the draft's own plan counts as another name of 低空装备与应用.
# Compared with rule-term-variant-silent: one warning on line 7.
# tv-upper gives 集成电路 to two items on purpose (the item ic and a
# variant of semi-ic): the check warns once on stderr that semi-ic never
# gets those hits.
args: --dicts tests/golden/data/rule-term-variant-dicts tests/golden/data/mut-variant-draft.txt
rc: 0
---
tests/golden/data/mut-variant-draft.txt:7:14: warning: one referent, 2 names: 低空装备与应用 (1×, first at 7:4), 低空经济 (1×, first at 7:14); checked plans use 低空经济 (tv-middle); the draft's own plan (tv-own) uses 低空装备与应用 [term-variant]
tests/golden/data/mut-variant-draft.txt: a draft of tv-own, checked against its parent plans
tests/golden/data/mut-variant-draft.txt: against tv-upper (national): required 0/0 (100.0%), all items 6/9
tests/golden/data/mut-variant-draft.txt: against tv-middle (municipal): required 0/0 (100.0%), all items 5/5
stderr: tests/golden/data/rule-term-variant-dicts/tv-upper.xml:31: warning: item "semi-ic": “集成电路” is also a term of item "ic" (line 28); its hits all go to that item, none to this one [dict]
