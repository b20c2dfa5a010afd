# --format csv on a small draft with findings of three rules (coverage-gap,
# separator-style, paired-punct), a draft whose name holds a space, a comma,
# a colon and a percent sign, and a missing file, in one run: RFC 4180 with
# CRLF line ends: a header, coverage rows (file × plan), finding rows; every
# row has the header's 14 fields, the input error as an "error" row (rule
# input, severity error); a path with a comma and a message with a comma and
# quotes are quoted, quotes doubled. Exit status 2 (an input error) as in
# every format. The error row below was corrected by hand to 14 fields:
# plancheck writes one empty field too many before "input" (in
# src/pc_out_csv.c), so this case fails until that is fixed; do not
# --update it before.
args: --dicts tests/golden/data/mini-dicts --format csv tests/golden/data/fmt-draft.txt 'tests/golden/data/fmt-odd name,a:b%.txt' tests/golden/data/no-such-draft.txt
rc: 2
---
kind,path,plan,level,covered,total,ratio,required_covered,required_total,rule,severity,line,column,message
coverage,tests/golden/data/fmt-draft.txt,mini-national,national,2,4,0.5000,1,2,,,,,
coverage,tests/golden/data/fmt-draft.txt,mini-city,municipal,0,1,0.0000,0,1,,,,,
finding,tests/golden/data/fmt-draft.txt,,,,,,,,coverage-gap,warning,1,1,"not covered: ""新材料"", a required item of mini-national (产业)"
finding,tests/golden/data/fmt-draft.txt,,,,,,,,coverage-gap,warning,1,1,"not covered: ""低空经济"", a required item of mini-city (产业)"
finding,tests/golden/data/fmt-draft.txt,,,,,,,,separator-style,warning,5,4,"chain ""研发设计-中试验证-规模量产"" is joined by the hyphen ""-""; GB/T 15834 joins a chain with the dash ""—"": ""研发设计—中试验证—规模量产"""
finding,tests/golden/data/fmt-draft.txt,,,,,,,,paired-punct,error,6,3,"unbalanced 《: no closing 》 in this paragraph (at ""《能耗降低5%行动方案…"")"
coverage,"tests/golden/data/fmt-odd name,a:b%.txt",mini-national,national,1,4,0.2500,1,2,,,,,
coverage,"tests/golden/data/fmt-odd name,a:b%.txt",mini-city,municipal,0,1,0.0000,0,1,,,,,
finding,"tests/golden/data/fmt-odd name,a:b%.txt",,,,,,,,coverage-gap,warning,1,1,"not covered: ""新材料"", a required item of mini-national (产业)"
finding,"tests/golden/data/fmt-odd name,a:b%.txt",,,,,,,,coverage-gap,warning,1,1,"not covered: ""低空经济"", a required item of mini-city (产业)"
finding,"tests/golden/data/fmt-odd name,a:b%.txt",,,,,,,,paired-punct,error,4,3,"unbalanced 《: no closing 》 in this paragraph (at ""《新能源50%行动方案…"")"
error,tests/golden/data/no-such-draft.txt,,,,,,,,input,error,,,cannot read: No such file or directory
stderr: tests/golden/data/no-such-draft.txt: error: cannot read: No such file or directory
