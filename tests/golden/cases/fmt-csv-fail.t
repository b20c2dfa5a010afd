# --format csv on the small draft alone: findings up to an error, no input
# error, so exit status 1 as in every format.
args: --dicts tests/golden/data/mini-dicts --format csv tests/golden/data/fmt-draft.txt
rc: 1
---
kind,path,plan,level,covered,total,ratio,required_covered,required_total,rule,severity,line,column,message
coverage,tests/golden/data/fmt-draft.txt,mini-national,national,2,4,0.5000,1,2,,,,,
coverage,tests/golden/data/fmt-draft.txt,mini-city,municipal,0,1,0.0000,0,1,,,,,
finding,tests/golden/data/fmt-draft.txt,,,,,,,,coverage-gap,warning,1,1,"not covered: ""新材料"", a required item of mini-national (产业)"
finding,tests/golden/data/fmt-draft.txt,,,,,,,,coverage-gap,warning,1,1,"not covered: ""低空经济"", a required item of mini-city (产业)"
finding,tests/golden/data/fmt-draft.txt,,,,,,,,separator-style,warning,5,4,"chain ""研发设计-中试验证-规模量产"" is joined by the hyphen ""-""; GB/T 15834 joins a chain with the dash ""—"": ""研发设计—中试验证—规模量产"""
finding,tests/golden/data/fmt-draft.txt,,,,,,,,paired-punct,error,6,3,"unbalanced 《: no closing 》 in this paragraph (at ""《能耗降低5%行动方案…"")"
