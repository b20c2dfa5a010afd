#!/usr/bin/env python3
"""Make the DOCX fixtures of tests/unit/test_docx.c and the docx-* golden
cases. The .docx files are committed (CI has no pandoc); rerun this only
to change them:

    python3 tests/data/docx/make-fixtures.py    # from the repository root

seed.docx is pandoc's conversion of the seed, one Word paragraph per line
(blank lines too, which pandoc cannot write, patched in afterwards); the
other files are hand-made zips, so that each shows one feature or one
hostile input and nothing else.
"""

import json
import os
import subprocess
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, "tests", "data", "docx")
GOLDEN = os.path.join(ROOT, "tests", "golden", "data")
SEED = os.path.join(ROOT, "corpus",
                    "guangming-industrialization-15th-explanation.txt")
DATE = (2025, 1, 1, 0, 0, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
"""

STYLES_MIN = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>
""" % W


def entry(name, compress=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, DATE)
    zi.compress_type = compress
    zi.external_attr = 0o644 << 16
    return zi


def write_zip(path, parts, compress=zipfile.ZIP_DEFLATED):
    """parts: list of (name, bytes or str)."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(entry(name, compress), data)


def docx(path, body, styles=STYLES_MIN, ns=W, prolog="", extra_ns="",
         compress=zipfile.ZIP_DEFLATED):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           + prolog +
           '<w:document xmlns:w="%s"%s><w:body>%s<w:sectPr/></w:body>'
           '</w:document>\n' % (ns, extra_ns, body))
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/_rels/document.xml.rels", DOC_RELS),
             ("word/document.xml", doc)]
    if styles is not None:
        parts.append(("word/styles.xml", styles))
    write_zip(path, parts, compress)


def p(text, ppr=""):
    return ('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (ppr, text))


def rezip(src, dst, patch):
    """Copy zip src to dst with fixed dates, patch(name, bytes) -> bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for zi in zin.infolist():
            zout.writestr(entry(zi.filename), patch(zi.filename,
                                                    zin.read(zi.filename)))


def seed_docx(path, mutate=None):
    """One w:p per line of the seed, blank lines too: paragraph N is text
    line N (the wrapped title is two w:p, lines 1 and 2)."""
    with open(SEED, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if mutate is not None:
        lines = mutate(lines)
    blanks = {}
    blocks = []
    for i, line in enumerate(lines):
        if line.strip() == "":
            mark = "PCBLANK%d" % i
            blanks[mark] = line
            line = mark
        blocks.append({"t": "Para", "c": [{"t": "Str", "c": line}]})
    pandoc_blocks(path, blocks, blanks)


def pandoc_blocks(path, blocks, blanks):
    """pandoc's DOCX of blocks; the paragraphs holding a mark of blanks
    become the blank line it stands for (pandoc drops empty paragraphs)."""
    native = json.dumps({"pandoc-api-version": [1, 22, 2, 1], "meta": {},
                         "blocks": blocks}, ensure_ascii=False)
    tmp = path + ".tmp"
    subprocess.run(["pandoc", "-f", "json", "-t", "docx", "-o", tmp],
                   input=native.encode("utf-8"), check=True,
                   env=dict(os.environ, SOURCE_DATE_EPOCH="1735689600"))

    def patch(name, data):
        if name != "word/document.xml":
            return data
        s = data.decode("utf-8")
        for mark, line in blanks.items():
            start = s.rindex("<w:p>", 0, s.index(mark))
            end = s.index("</w:p>", start) + len("</w:p>")
            repl = ("<w:p/>" if line == "" else
                    '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                    '</w:p>' % line)
            s = s[:start] + repl + s[end:]
        return s.encode("utf-8")

    rezip(tmp, path, patch)
    os.unlink(tmp)


def seed_title_docx(path):
    """The seed as Word holds it: one w:p per paragraph of the text
    reader, so the title wrapped over lines 1-2 is one w:p with a line
    break (w:br) in it, and paragraph N is text line N + 1 from line 3."""
    with open(SEED, encoding="utf-8") as f:
        lines = f.read().split("\n")
    blanks = {}
    blocks = [{"t": "Para", "c": [{"t": "Str", "c": lines[0]},
                                  {"t": "LineBreak"},
                                  {"t": "Str", "c": lines[1]}]}]
    for i, line in enumerate(lines[2:], 2):
        if line.strip() == "":
            mark = "PCBLANK%d" % i
            blanks[mark] = line
            line = mark
        blocks.append({"t": "Para", "c": [{"t": "Str", "c": line}]})
    pandoc_blocks(path, blocks, blanks)


def enum_mutation(lines):
    """六大方向 → 五大方向 in paragraph 26 (a count error, six items)."""
    assert "六大方向" in lines[25]
    lines = list(lines)
    lines[25] = lines[25].replace("六大方向", "五大方向", 1)
    return lines


def headings(path):
    md = ("# 一、起草背景\n\n正文第一段。\n\n## （一）政策依据\n\n正文第二段。\n\n"
          "### 1.细则\n\n正文第三段。\n")
    tmp = path + ".tmp"
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", tmp],
                   input=md.encode("utf-8"), check=True,
                   env=dict(os.environ, SOURCE_DATE_EPOCH="1735689600"))
    rezip(tmp, path, lambda name, data: data)
    os.unlink(tmp)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="bt2"><w:name w:val="标题 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="My Heading"/><w:basedOn w:val="a3"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Chapter"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyLvl"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="Loop A"/><w:basedOn w:val="LoopB"/></w:style>
<w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="Loop B"/><w:basedOn w:val="LoopA"/></w:style>
<w:style w:type="character" w:styleId="h1char"><w:name w:val="heading 1 Char"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading10"><w:name w:val="heading 10"/></w:style>
</w:styles>
""" % W


def styled(path):
    def ps(style, text):
        return p(text, '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style)
    body = "".join([
        ps("1", "第一章 总则"),                    # 1: outlineLvl 0 → 1
        ps("a3", "第一节 名称"),                   # 2: "heading 3" → 3
        ps("bt2", "标题式"),                       # 3: "标题 2" → 2
        ps("Derived", "派生"),                     # 4: basedOn a3 → 3
        ps("Outline", "大纲"),                     # 5: outlineLvl 3 → 4
        ps("BodyLvl", "正文级别"),                 # 6: outlineLvl 9 → 0
        ps("LoopA", "循环"),                       # 7: cycle → 0
        ps("Missing", "未定义"),                   # 8: unknown → default 0
        p("直接大纲", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),  # 9: → 2
        p("直接正文", '<w:pPr><w:pStyle w:val="1"/>'
          '<w:outlineLvl w:val="9"/></w:pPr>'),    # 10: direct 9 wins → 0
        ps("Heading10", "十级"),                   # 11: not a level → 0
        p("普通段落"),                             # 12: 0
    ])
    docx(path, body, styles=STYLES)


def table(path):
    def tc(*paras):
        return "<w:tc><w:tcPr/>%s</w:tc>" % "".join(paras)
    nested = ("<w:tbl><w:tblPr/><w:tblGrid/><w:tr>%s%s</w:tr></w:tbl>"
              % (tc(p("内A")), tc(p("内B"))))
    body = "".join([
        p("表前"),                                             # 1
        "<w:tbl><w:tblPr/><w:tblGrid/>",
        "<w:tr><w:trPr/>%s%s</w:tr>" % (tc(p("甲1")), tc(p("乙1"), p("乙1b"))),
        "<w:tr>%s%s</w:tr>" % (tc(p("甲2"), nested, p("甲2后")), tc("<w:p/>")),
        "</w:tbl>",
        p("表后"),
    ])
    # Paragraphs: 表前 甲1 乙1 乙1b 甲2 内A 内B 甲2后 (empty) 表后
    docx(path, body)


def runs(path):
    r = '<w:r>%s</w:r>'
    body = "".join([
        # 1: tab, line break, carriage return, page break (no text)
        "<w:p>" + r % '<w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t>'
        '<w:cr/><w:t>d</w:t><w:br w:type="page"/><w:t>e</w:t>' + "</w:p>",
        # 2: hyphens and symbols
        "<w:p>" + r % '<w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t>'
        '<w:softHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/>'
        '<w:t>z</w:t>' + "</w:p>",
        # 3: a complex field (code ignored, result kept), a simple field,
        #    a hyperlink, a smart tag, an inline content control
        "<w:p>"
        + r % '<w:fldChar w:fldCharType="begin"/>'
        + r % '<w:instrText xml:space="preserve"> PAGE </w:instrText>'
        + r % '<w:fldChar w:fldCharType="separate"/>'
        + r % '<w:t>7</w:t>'
        + r % '<w:fldChar w:fldCharType="end"/>'
        + '<w:fldSimple w:instr=" NUMPAGES ">' + r % '<w:t>9</w:t>'
        + '</w:fldSimple>'
        + '<w:hyperlink w:anchor="x">' + r % '<w:t>链接</w:t>'
        + '</w:hyperlink>'
        + '<w:smartTag w:element="date">' + r % '<w:t>标记</w:t>'
        + '</w:smartTag>'
        + '<w:sdt><w:sdtPr><w:alias w:val="控件名"/></w:sdtPr><w:sdtContent>'
        + r % '<w:t>控件</w:t>' + '</w:sdtContent></w:sdt>'
        + "</w:p>",
        # 4: references to notes and comments leave nothing
        "<w:p>" + r % '<w:t>注</w:t>'
        + r % '<w:footnoteReference w:id="1"/>'
        + r % '<w:endnoteReference w:id="2"/>'
        + '<w:commentRangeStart w:id="0"/>' + r % '<w:t>释</w:t>'
        + '<w:commentRangeEnd w:id="0"/>'
        + r % '<w:commentReference w:id="0"/>' + "</w:p>",
        # 5: a text box (mc:Choice and its VML fallback) is not body text;
        #    mc:Fallback runs are read, mc:Choice runs are not
        "<w:p>" + r % '<w:t>框前</w:t>'
        + '<mc:AlternateContent><mc:Choice Requires="wps">'
        + r % '<w:t>选择</w:t>'
        + '</mc:Choice><mc:Fallback>'
        + r % '<w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r>'
        '</w:p></w:txbxContent></w:pict><w:t>后备</w:t>'
        + '</mc:Fallback></mc:AlternateContent>'
        + r % '<w:t>框后</w:t>' + "</w:p>",
        # 6: block-level content control and custom XML hold paragraphs
        "<w:sdt><w:sdtPr/><w:sdtContent>" + p("块控件")
        + "</w:sdtContent></w:sdt>",
        '<w:customXml w:element="x">' + p("自定义") + "</w:customXml>",
        # 8: CDATA, character references, ruby
        "<w:p>" + r % '<w:t><![CDATA[<甲>]]></w:t><w:t>&#x4E59;&amp;&#13;丙</w:t>'
        + '<w:r><w:ruby><w:rubyPr/><w:rt>' + r % '<w:t>zhù</w:t>'
        + '</w:rt><w:rubyBase>' + r % '<w:t>注</w:t>'
        + '</w:rubyBase></w:ruby></w:r>' + "</w:p>",
        # 9: only blanks: a line, but no paragraph
        "<w:p>" + r % '<w:t xml:space="preserve"> \u3000</w:t><w:tab/>'
        + "</w:p>",
        # 10: a supplementary-plane character
        p("\U00020BB7字"),
    ])
    docx(path, body, extra_ns=' xmlns:mc="http://schemas.openxmlformats.org/'
         'markup-compatibility/2006"')


def tracked(path):
    r = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>'
    dr = '<w:r><w:delText xml:space="preserve">%s</w:delText></w:r>'
    a = ' w:id="%d" w:author="审稿人" w:date="2025-01-01T00:00:00Z"'
    deleted_mark = '<w:pPr><w:rPr><w:del%s/></w:rPr></w:pPr>' % (a % 90)
    moved_mark = '<w:pPr><w:rPr><w:moveFrom%s/></w:rPr></w:pPr>' % (a % 91)
    body = "".join([
        # 1: insertions kept, deletions dropped
        "<w:p>" + r % "发展" + ('<w:ins%s>' % (a % 1)) + r % "壮大"
        + "</w:ins>" + ('<w:del%s>' % (a % 2)) + dr % "萎缩" + "</w:del>"
        + r % "新兴产业" + "</w:p>",
        # 2: a move: the text at its new place only
        "<w:p>" + ('<w:moveFrom%s>' % (a % 3)) + r % "旧位置" + "</w:moveFrom>"
        + r % "甲" + ('<w:moveTo%s>' % (a % 4)) + r % "新位置"
        + "</w:moveTo>" + "</w:p>",
        # 3+4: a deleted paragraph mark joins 3 with 4
        "<w:p>" + deleted_mark + r % "前半" + "</w:p>",
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + r % "后半"
        + "</w:p>",
        # 5: a whole paragraph deleted (its text and its mark)
        "<w:p>" + deleted_mark + ('<w:del%s>' % (a % 5)) + dr % "整段删除"
        + "</w:del></w:p>",
        # 6: a paragraph whose mark moved away joins 7
        "<w:p>" + moved_mark + r % "移" + "</w:p>",
        "<w:p>" + r % "接" + "</w:p>",
        # 8: a deleted mark before a table does not join into it
        "<w:p>" + deleted_mark + r % "表前" + "</w:p>",
        # 9, 10: nor across cells
        "<w:tbl><w:tr><w:tc><w:p>" + deleted_mark + r % "格一"
        + "</w:p></w:tc><w:tc>" + p("格二") + "</w:tc></w:tr></w:tbl>",
        # 11: the last paragraph
        "<w:p>" + r % "末" + ('<w:del%s>' % (a % 6)) + dr % "尾" + "</w:del>"
        + "</w:p>",
    ])
    styles = STYLES_MIN.replace(
        "</w:styles>",
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name '
        'w:val="heading 1"/></w:style></w:styles>')
    docx(path, body, styles=styles)


def planted(path):
    """Errors planted where only a DOCX can put them, for the golden
    cases: in a table cell, in a tracked insertion, after a line break;
    and the same errors in a deletion, a field code, a text box and a
    comment reference, where they are not text."""
    r = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>'
    dr = '<w:r><w:delText xml:space="preserve">%s</w:delText></w:r>'
    a = ' w:id="%d" w:author="审稿人" w:date="2025-01-01T00:00:00Z"'
    h1 = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
    body = "".join([
        # 1
        p("南湾区加快发展先进制造业三年行动方案（2026—2028年）", h1),
        # 2: a count error
        p("一、发展基础", h1),
        p("全区已形成智能终端、新能源、新材料、生物医药三大产业集群，"
          "集聚规模以上工业企业320家。"),
        # 4: an unbalanced 《 deleted (not reported), one inserted (is)
        "<w:p>" + r % "贯彻" + ('<w:del%s>' % (a % 1)) + dr % "《某某条例"
        + "</w:del>" + r % "落实" + ('<w:ins%s>' % (a % 2))
        + r % "《数字政府" + "</w:ins>" + r % "建设要求。" + "</w:p>",
        # 5, 6: a table; the error in its second cell
        "<w:tbl><w:tr><w:tc>" + p("转型") + "</w:tc><w:tc>"
        + p("明确“智能化、绿色化发展方向，加快推进转型。")
        + "</w:tc></w:tr></w:tbl>",
        # 7: after a line break, columns count on from the paragraph's
        #    start (the break is one)
        "<w:p>" + r % "第一句。" + "<w:r><w:br/></w:r>"
        + r % "落实《关于“数字政府》建设的意见”要求。" + "</w:p>",
        # 8: none of these is text
        "<w:p>" + r % "完善机制。"
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> HYPERLINK "《x" '
        + '</w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + '<w:r><w:footnoteReference w:id="1"/></w:r>'
        + '<w:r><w:pict><w:txbxContent>' + p("“文本框")
        + '</w:txbxContent></w:pict></w:r>' + "</w:p>",
    ])
    styles = STYLES_MIN.replace(
        "</w:styles>",
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name '
        'w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'
        '</w:style></w:styles>')
    docx(path, body, styles=styles)


def strict(path):
    body = ('<w:p><w:pPr><w:pStyle w:val="H"/></w:pPr>'
            '<w:r><w:t>严格</w:t></w:r></w:p><w:p><w:r><w:t>命名空间</w:t>'
            '</w:r></w:p>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<w:styles xmlns:w="%s">'
              '<w:style w:type="paragraph" w:styleId="H"><w:name '
              'w:val="Heading 2"/></w:style></w:styles>' % W_STRICT)
    docx(path, body, styles=styles, ns=W_STRICT)


def empty(path):
    docx(path, "", styles=None)


def nodoc(path):
    write_zip(path, [("[Content_Types].xml", CONTENT_TYPES),
                     ("_rels/.rels", RELS),
                     ("word/styles.xml", STYLES_MIN)])


def truncated(src, path):
    with open(src, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[:len(data) // 2])


def crc(path):
    """Stored (not deflated), so the archive opens and the document part
    reads, but one byte of it differs from what its CRC says."""
    docx(path, p("校验和错误的文档"), compress=zipfile.ZIP_STORED)
    with open(path, "rb") as f:
        data = bytearray(f.read())
    i = data.index("校验和".encode("utf-8"))
    data[i:i + 3] = "检".encode("utf-8")
    with open(path, "wb") as f:
        f.write(bytes(data))


BOMB_SPACES = 200 * 1024 * 1024


def bomb(path, lie):
    """document.xml of 200 MB (spaces inside one w:t), about 200 KB on
    disk. With lie, both headers claim it is 1000 bytes."""
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<w:document xmlns:w="%s">'
            '<w:body><w:p><w:r><w:t>' % W).encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>\n"
    with zipfile.ZipFile(path, "w", compresslevel=9) as z:
        z.writestr(entry("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(entry("_rels/.rels"), RELS)
        with z.open(entry("word/document.xml"), "w") as f:
            f.write(head)
            chunk = b" " * (1 << 20)
            for _ in range(BOMB_SPACES >> 20):
                f.write(chunk)
            f.write(tail)
    if not lie:
        return
    real = len(head) + BOMB_SPACES + len(tail)
    with open(path, "rb") as f:
        data = bytearray(f.read())
    name = b"word/document.xml"
    # Local header: signature, 22 bytes to the uncompressed size at 22;
    # central header: the uncompressed size at 24.
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = 0
        while True:
            i = data.find(sig, i)
            if i < 0:
                break
            nameoff = i + (30 if sig == b"PK\x03\x04" else 46)
            if data[nameoff:nameoff + len(name)] == name:
                assert int.from_bytes(data[i + off:i + off + 4],
                                      "little") == real
                data[i + off:i + off + 4] = (1000).to_bytes(4, "little")
            i += 4
    with open(path, "wb") as f:
        f.write(bytes(data))


def lying_small(path):
    """A deflated document.xml (265 bytes) whose headers claim it
    inflates to 10. libzip inflates it to its real end and its CRC holds,
    so it reads under a limit of 265 and fails under 264, while
    inflating: the limit's exact edge on the path that ignores the
    header."""
    docx(path, p("头部声称的大小是假的"), styles=None)
    with open(path, "rb") as f:
        data = bytearray(f.read())
    name = b"word/document.xml"
    for sig, off, nameoff in ((b"PK\x03\x04", 22, 30),
                              (b"PK\x01\x02", 24, 46)):
        i = data.find(sig)
        while i >= 0:
            if data[i + nameoff:i + nameoff + len(name)] == name:
                data[i + off:i + off + 4] = (10).to_bytes(4, "little")
            i = data.find(sig, i + 4)
    with open(path, "wb") as f:
        f.write(bytes(data))


def xxe_styles(path):
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
              '<w:styles xmlns:w="%s"><w:style w:type="paragraph" '
              'w:styleId="a"><w:name w:val="&x;"/></w:style></w:styles>' % W)
    docx(path, p("正文"), styles=styles)


def xxe(path):
    docx(path, p("&xxe;"),
         prolog='<!DOCTYPE w:document [\n'
         '<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n')


def laughs(path):
    ents = ['<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        ents.append('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10))
    docx(path, p("&lol9;"),
         prolog="<!DOCTYPE w:document [\n" + "\n".join(ents) + "\n]>\n")


def deep(path, levels=100000):
    docx(path, p("浅") + "<w:sdt>" * levels + "</w:sdt>" * levels)


def badxml(path):
    # Line 1 is the XML declaration; the body starts on line 2.
    docx(path, p("好") + "\n" + "<w:p><w:r><w:t>坏</w:r></w:p>")


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(GOLDEN, exist_ok=True)
    seed_docx(os.path.join(OUT, "seed.docx"))
    seed_docx(os.path.join(GOLDEN, "docx-seed-enum.docx"), enum_mutation)
    seed_title_docx(os.path.join(GOLDEN, "docx-seed.docx"))
    planted(os.path.join(GOLDEN, "docx-planted.docx"))
    planted(os.path.join(GOLDEN, "docx-planted-named.txt"))
    headings(os.path.join(OUT, "headings.docx"))
    styled(os.path.join(OUT, "styles.docx"))
    table(os.path.join(OUT, "table.docx"))
    runs(os.path.join(OUT, "runs.docx"))
    tracked(os.path.join(OUT, "tracked.docx"))
    strict(os.path.join(OUT, "strict.docx"))
    empty(os.path.join(OUT, "empty.docx"))
    nodoc(os.path.join(OUT, "nodoc.docx"))
    truncated(os.path.join(OUT, "seed.docx"),
              os.path.join(OUT, "truncated.docx"))
    crc(os.path.join(OUT, "crc.docx"))
    bomb(os.path.join(OUT, "bomb.docx"), lie=False)
    bomb(os.path.join(OUT, "bomb-lying.docx"), lie=True)
    lying_small(os.path.join(OUT, "lying-small.docx"))
    xxe(os.path.join(OUT, "xxe.docx"))
    xxe_styles(os.path.join(OUT, "xxe-styles.docx"))
    laughs(os.path.join(OUT, "laughs.docx"))
    deep(os.path.join(OUT, "deep.docx"))
    badxml(os.path.join(OUT, "badxml.docx"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
