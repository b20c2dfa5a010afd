# --format text on a draft with no findings (every required item of
# mini-national covered, the chain joined by the dash): exit status 0 as in
# every format, and the shape of an empty result.
args: --dicts tests/golden/data/mini-dicts --plan mini-national --format text tests/golden/data/fmt-clean.txt
rc: 0
---
tests/golden/data/fmt-clean.txt: against mini-national (national): required 2/2 (100.0%), all items 3/4
  covered: 新能源 (deployed), 新材料 (deployed)
