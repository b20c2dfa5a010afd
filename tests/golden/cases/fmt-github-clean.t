# --format github on a draft with no findings (every required item of
# mini-national covered, the chain joined by the dash): exit status 0 as in
# every format, and the shape of an empty result.
args: --dicts tests/golden/data/mini-dicts --plan mini-national --format github tests/golden/data/fmt-clean.txt
rc: 0
---
