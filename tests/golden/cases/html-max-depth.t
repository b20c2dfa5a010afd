# --max-depth bounds HTML nesting: html, body, div, nav, ul is 5 deep, so
# the first li (line 18) is one too many.
args: --max-depth 5 --self national-15 tests/data/html/gov.html
rc: 2
---
stderr: tests/data/html/gov.html: error: markup nested too deeply at line 18
