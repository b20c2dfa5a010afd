"""The jieba side of the benchmark: segment one UTF-8 file the way most
Chinese NLP users would, with Debian's python3-jieba in its default mode
(jieba.cut: accurate mode with the HMM for unknown words), dictionary load
included, and write the words separated by two spaces to standard output,
as `plancheck tokens` does. Whitespace tokens (line breaks) are written as
they are, so the output keeps the file's lines.

    /usr/bin/python3 bench/jieba_cut.py FILE [CACHE_DIR]

CACHE_DIR (default: jieba's, the system temporary directory) is where jieba
keeps the pickled prefix dictionary it builds on first use; later runs load
it from there, as a user's would.
"""

import logging
import sys

import jieba


def main():
    if len(sys.argv) not in (2, 3):
        sys.stderr.write("usage: jieba_cut.py FILE [CACHE_DIR]\n")
        return 2
    if len(sys.argv) == 3:
        jieba.dt.tmp_dir = sys.argv[2]
    jieba.setLogLevel(logging.WARNING)
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    out = sys.stdout
    buf = []
    sep = False
    for w in jieba.cut(text):
        if w == "\n":
            buf.append("\n")
            sep = False
            continue
        if sep:
            buf.append("  ")
        buf.append(w)
        sep = True
        if len(buf) >= 8192:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
