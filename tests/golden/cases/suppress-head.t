# plancheck-disable coverage-gap after the title is not in the head of the
# file, so it does not cover the coverage-gap findings at 1:1; with
# --report-unused-suppressions it is reported as unused (a warning: exit 0).
args: --dicts tests/golden/data/mini-dicts --report-unused-suppressions tests/golden/data/suppress-head.txt
rc: 0
---
tests/golden/data/suppress-head.txt:1:1: warning: not covered: "新材料", a required item of mini-national (产业) [coverage-gap]
tests/golden/data/suppress-head.txt:1:1: warning: not covered: "低空经济", a required item of mini-city (产业) [coverage-gap]
tests/golden/data/suppress-head.txt:2:1: warning: unused suppression: no coverage-gap finding here to suppress [unused-suppression]
tests/golden/data/suppress-head.txt: against mini-national (national): required 1/2 (50.0%), all items 1/4
  covered: 新能源 (deployed)
  missing: 新材料
tests/golden/data/suppress-head.txt: against mini-city (municipal): required 0/1 (0.0%), all items 0/1
  missing: 低空经济
