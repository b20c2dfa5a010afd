# The limits take positive numbers (--max-findings also 0): anything else
# is a usage error, exit status 2, before any file is read.
args: --pcre2-depth-limit 1x tests/golden/data/limit-quotes.txt
rc: 2
---
stderr: plancheck: --pcre2-depth-limit needs a whole number from 1 to 4294967295 / 需要 1 至 4294967295 的整数: 1x
