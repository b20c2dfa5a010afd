# A malformed dictionary: file:line error, exit 2; the good ones still load
# and the draft is still checked.
args: --dicts tests/golden/data/bad-dicts corpus/xiqiao-15th-industry-plan-work-programme.txt
rc: 2
---
corpus/xiqiao-15th-industry-plan-work-programme.txt: against good-15 (national): required 1/1 (100.0%), all items 1/1
  covered: 量子科技 (mentioned)
stderr: tests/golden/data/bad-dicts/broken.xml:8: error: Opening and ending tag mismatch: item line 7 and group [dict]
stderr: tests/golden/data/bad-dicts/broken.xml:9: error: Opening and ending tag mismatch: group line 5 and plan [dict]
stderr: tests/golden/data/bad-dicts/broken.xml:10: error: Premature end of data in tag plan line 2 [dict]
stderr: tests/golden/data/bad-dicts/invalid.xml:2: error: Element plan failed to validate attributes [dict]
stderr: tests/golden/data/bad-dicts/invalid.xml:7: error: Did not expect element alias there [dict]
