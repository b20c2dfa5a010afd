# --plan with an id no dictionary defines.
args: --plan nowhere-15 corpus/xiqiao-15th-industry-plan-work-programme.txt
rc: 2
---
stderr: corpus/xiqiao-15th-industry-plan-work-programme.txt: error: no plan nowhere-15 is loaded (see --dicts, or dicts in the configuration)
