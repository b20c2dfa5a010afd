# --format csv on a draft with no findings (every required item of
# mini-national covered, the chain joined by the dash): exit status 0 as in
# every format, and the shape of an empty result.
args: --dicts tests/golden/data/mini-dicts --plan mini-national --format csv tests/golden/data/fmt-clean.txt
rc: 0
---
kind,path,plan,level,covered,total,ratio,required_covered,required_total,rule,severity,line,column,message
coverage,tests/golden/data/fmt-clean.txt,mini-national,national,3,4,0.7500,2,2,,,,,
