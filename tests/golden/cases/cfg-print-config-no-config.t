# --print-config with --no-config: no configuration file, no settings;
# nothing printed, exit 0.
args: --no-config --print-config tests/golden/data/cfg-plans/draft.txt
rc: 0
---
