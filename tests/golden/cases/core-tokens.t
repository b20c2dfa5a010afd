# The segmentation with the lexicon layer: 具身智能, 新质生产力 and 集成电路
# (split by ICU) come out whole; 发展中国家 is one word; 降低空调 is not
# split into 降|低空|调; full-width ＡＩ is kept as written.
args: tokens tests/golden/data/core-tokens.txt
rc: 0
---
具身智能  与  新质生产力
发展中国家  和  中国
降低  空调  能  耗  ，  发展  低空经济
半导体与集成电路  、  ＡＩ终端
