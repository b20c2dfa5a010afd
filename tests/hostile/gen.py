#!/usr/bin/env python3
"""Generate the big and the path-dependent hostile inputs of run.sh at test
time (large files are never committed). Usage: gen.py KIND OUT [ARGS...]."""
import sys
import zipfile
import zlib

SENTENCE = '加快发展低空经济和集成电路产业，推动新质生产力发展。'
HAN_RUN = '加快发展低空经济和集成电路产业推动新质生产力形成'

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>\n')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def repeat_to(out, unit, nbytes):
    """Write unit (str) repeated to at most nbytes bytes of UTF-8."""
    b = unit.encode()
    block = b * max(1, (1 << 20) // len(b))
    left = nbytes - nbytes % len(b)
    while left > 0:
        chunk = block[:left]
        out.write(chunk)
        left -= len(chunk)


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>\n'
            % (W, body)).encode()


def para(text):
    return '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % text


def write_docx(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        for name, data in parts:
            z.writestr(name, data)


def docx_bomb(path, size, lie):
    """word/document.xml inflating to size bytes (spaces in one w:t),
    deflated in a stream; lie: headers claim 1000 bytes."""
    head = document('<w:p><w:r><w:t xml:space="preserve">').split(
        b'<w:t xml:space="preserve">')[0] + b'<w:t xml:space="preserve">'
    tail = b'</w:t></w:r></w:p></w:body></w:document>\n'
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        with z.open('word/document.xml', 'w', force_zip64=False) as f:
            f.write(head)
            block = b' ' * (1 << 20)
            left = size - len(head) - len(tail)
            while left > 0:
                n = min(left, len(block))
                f.write(block[:n])
                left -= n
            f.write(tail)
    if lie:
        # uncompressed size fields: local header +22, central header +24
        with open(path, 'r+b') as f:
            data = bytearray(f.read())
            name = b'word/document.xml'
            for sig, off in ((b'PK\x03\x04', 22), (b'PK\x01\x02', 24)):
                i = 0
                while True:
                    i = data.find(sig, i)
                    if i < 0:
                        break
                    nlen_at = 26 if sig == b'PK\x03\x04' else 28
                    nlen = int.from_bytes(data[i + nlen_at:i + nlen_at + 2],
                                          'little')
                    hdr = 30 if sig == b'PK\x03\x04' else 46
                    if data[i + hdr:i + hdr + nlen] == name:
                        data[i + off:i + off + 4] = (1000).to_bytes(4, 'little')
                    i += 4
            f.seek(0)
            f.write(data)


LOL = ('<!DOCTYPE %s [\n <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">\n'
       + ''.join(' <!ENTITY %s "%s">\n' % (c, ('&%s;' % p) * 16)
                 for p, c in zip('abcdefgh', 'bcdefghi'))
       + ']>\n')


def main():
    kind, out = sys.argv[1], sys.argv[2]
    args = sys.argv[3:]
    if kind == 'line':            # one line of about N bytes
        with open(out, 'wb') as f:
            repeat_to(f, SENTENCE, int(args[0]))
    elif kind == 'han':           # N Han characters, no punctuation
        n = int(args[0])
        with open(out, 'wb') as f:
            repeat_to(f, HAN_RUN, 3 * n)
            f.write(b'\n')
    elif kind == 'han-sparse':    # N Han characters, a term every K
        n, k = int(args[0]), int(args[1])
        filler = '推动建设加快形成' * (k // 8 + 1)
        unit = ('低空经济' + filler)[:k]
        with open(out, 'wb') as f:
            repeat_to(f, unit, 3 * n)
            f.write(b'\n')
    elif kind == 'paras':         # N paragraphs
        n = int(args[0])
        with open(out, 'wb') as f:
            line = ('（一）' + SENTENCE + '\n').encode()
            for _ in range(n // 1000):
                f.write(line * 1000)
            f.write(line * (n % 1000))
    elif kind == 'repeat':        # unit repeated to N bytes, one paragraph
        with open(out, 'wb') as f:
            repeat_to(f, args[1], int(args[0]))
            f.write(b'\n')
    elif kind == 'lines':         # unit on N lines
        with open(out, 'wb') as f:
            f.write((args[1] + '\n').encode() * int(args[0]))
    elif kind == 'sections':      # a tasks chapter of N sections
        n = int(args[0])
        with open(out, 'w', encoding='utf-8') as f:
            f.write('某区产业发展规划\n第一章 重点任务\n')
            for i in range(n):
                f.write('第%d节 推动三大产业发展\n' % (i + 1))
    elif kind == 'bigdict':       # a plan of N items (3 lines each),
        n = int(args[0])          # the last two with one id
        han = [chr(c) for c in range(0x4E00, 0x9FA5)]
        with open(out, 'w', encoding='utf-8') as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<plan id="big" level="national" region="全国" '
                    'start="2026" end="2030">\n  <title>大词典</title>\n'
                    '  <source url="https://example.org/big" '
                    'verified="false">generated</source>\n'
                    '  <group id="g" kind="term">\n    <name>组</name>\n')
            for i in range(n):
                # distinct names: i written in base len(han), 3 digits
                name = (han[i // len(han) // len(han) % len(han)] +
                        han[i // len(han) % len(han)] + han[i % len(han)])
                f.write('    <item id="i%d">\n      <name>%s</name>\n'
                        '    </item>\n' % (i if i < n - 1 else n - 2, name))
            f.write('  </group>\n</plan>\n')
    elif kind == 'docx-bomb':
        docx_bomb(out, int(args[0]), len(args) > 1 and args[1] == 'lie')
    elif kind == 'docx-xxe':      # external entity in PART naming MARKER
        marker, part = args[0], args[1]
        dtd = ('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://%s">]>\n'
               % marker)
        doc = document(para('加快发展&x;低空经济。')).replace(
            b'?>\n', ('?>\n' + dtd).encode(), 1)
        parts = [('word/document.xml', doc if part == 'document' else
                  document(para('加快发展低空经济。')))]
        if part == 'styles':
            parts.append(('word/styles.xml', (
                '<?xml version="1.0"?>\n' + dtd.replace('w:document',
                'w:styles') + '<w:styles xmlns:w="%s"><w:style '
                'w:styleId="x"><w:name w:val="&x;"/></w:style></w:styles>\n'
                % W).encode()))
        write_docx(out, parts)
    elif kind == 'docx-lol':
        doc = document(para('&i;')).replace(
            b'?>\n', ('?>\n' + LOL % 'w:document').encode(), 1)
        write_docx(out, [('word/document.xml', doc)])
    elif kind == 'docx-badutf8':  # invalid UTF-8 in the document part
        write_docx(out, [('word/document.xml', document('@').replace(
            b'@', para('加快').encode() + b'<w:p><w:r><w:t>\xe5\x8a\xff'
            b'\xfe</w:t></w:r></w:p>'))])
    elif kind == 'docx-garbage':  # a zip whose document part is garbage
        write_docx(out, [('word/document.xml',
                          bytes(range(256)) * 64)])
    elif kind == 'html-xxe':
        marker = args[0]
        with open(out, 'w', encoding='utf-8') as f:
            f.write('<!DOCTYPE html [<!ENTITY x SYSTEM "file://%s">]>\n'
                    '<html><body><p>加快发展&x;低空经济。</p></body></html>\n'
                    % marker)
    elif kind == 'html-xxe-param':
        marker = args[0]
        with open(out, 'w', encoding='utf-8') as f:
            f.write('<!DOCTYPE html [<!ENTITY %% p SYSTEM "file://%s"> %%p;]>\n'
                    '<html><body><p>加快发展低空经济。</p></body></html>\n'
                    % marker)
    elif kind == 'html-xxe-dtd':
        with open(out, 'w', encoding='utf-8') as f:
            f.write('<!DOCTYPE html SYSTEM "file://%s">\n'
                    '<html><body><p>加快发展&leak;低空经济。</p></body></html>\n'
                    % args[0])
    elif kind == 'html-lol':
        with open(out, 'w', encoding='utf-8') as f:
            f.write(LOL % 'html' + '<html><body><p>&i;</p></body></html>\n')
    elif kind == 'html-nest':     # N nested ELEMENT, closed or not
        n, el = int(args[0]), args[1]
        closed = len(args) < 3 or args[2] != 'open'
        with open(out, 'w', encoding='utf-8') as f:
            f.write('<html><body>' + ('<%s>' % el) * n + '加快发展低空经济。')
            if closed:
                f.write(('</%s>' % el) * n)
            f.write('</body></html>\n')
    else:
        sys.exit('gen.py: unknown kind ' + kind)


if __name__ == '__main__':
    main()
