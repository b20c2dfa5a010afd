/* Source stage: read one input, decide its encoding, decode it once into
 * UTF-16 and build the line map.  This is the edge where input is validated
 * and normalised (BOM, CR LF, control bytes), so that no later stage meets
 * invalid text.  Encodings: BOM, then strict UTF-8, then ICU charset
 * detection restricted to GB18030 and Big5; --encoding forces one. */
#include "pc_source.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include "pc_alloc.h"

/*
 * ICU's multi-byte recognisers give 10 to any short text that has a few
 * double-byte characters and no bad ones, and 0 to text they reject; real
 * GB18030 or Big5 prose scores far higher.  10 is therefore the lowest
 * confidence that still means "looked like this encoding" (and the only
 * one a title of a few characters can reach); since junk can score as
 * much, a candidate must in addition decode the whole input without an
 * illegal sequence and into plausible characters.
 */
#define DETECT_MIN_CONFIDENCE	10

/* The detector reads a window of the input, not all of it: its statistics
 * settle long before 64 KB, and a 100 MB file should not be scanned twice. */
#define DETECT_WINDOW		(64 * 1024)

/* Read granularity for stdin and other files of unknown size. */
#define READ_CHUNK		(64 * 1024)

static const struct {
	const char *user;
	const char *canon;
} enc_names[] = {
	{ "utf-8",	"UTF-8" },
	{ "utf8",	"UTF-8" },
	{ "utf-16",	"UTF-16" },	/* byte order from BOM or guessed */
	{ "utf16",	"UTF-16" },
	{ "utf-16le",	"UTF-16LE" },
	{ "utf16le",	"UTF-16LE" },
	{ "utf-16be",	"UTF-16BE" },
	{ "utf16be",	"UTF-16BE" },
	{ "gb18030",	"GB18030" },
	{ "gbk",	"GB18030" },
	{ "gb2312",	"GB18030" },
	{ "cp936",	"GB18030" },
	{ "big5",	"Big5" },
	{ "cp950",	"Big5" },
};

static void
err_set(pc_src_error *err, pc_src_status status, int sys_errno,
    int64_t offset, unsigned byte, const char *encoding)
{
	memset(err, 0, sizeof(*err));
	err->status = status;
	err->sys_errno = sys_errno;
	err->offset = offset;
	err->byte = byte;
	if (encoding != NULL) {
		strncpy(err->encoding, encoding, sizeof(err->encoding) - 1);
		err->encoding[sizeof(err->encoding) - 1] = '\0';
	}
}

/* ASCII-only case folding: the locale must not change what names match. */
static int
ascii_casecmp(const char *a, const char *b)
{
	unsigned char ca, cb;

	do {
		ca = (unsigned char)*a++;
		cb = (unsigned char)*b++;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
	} while (ca != '\0' && ca == cb);
	return ca - cb;
}

const char *
pc_source_encoding_name(const char *name)
{
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < sizeof(enc_names) / sizeof(enc_names[0]); i++)
		if (ascii_casecmp(name, enc_names[i].user) == 0)
			return enc_names[i].canon;
	return NULL;
}

/* C0 controls that plain text may hold: TAB, LF, FF, CR. */
static int
is_bad_control(uint32_t c)
{
	return c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D;
}

/* A single 0x1A (DOS end-of-file mark) may end a file; old GBK files from
 * Windows editors carry one. */
static size_t
strip_dos_eof(const unsigned char *b, size_t n)
{
	return n > 0 && b[n - 1] == 0x1A ? n - 1 : n;
}

/* First control byte no text explains, or n.  In every ASCII-compatible
 * encoding accepted here bytes below 0x20 are never part of a multi-byte
 * sequence, so this finds the same position the decoded text would. */
static size_t
find_bad_control_byte(const unsigned char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (is_bad_control(b[i]))
			return i;
	return n;
}

/*
 * Strict UTF-8 to UTF-16, cmark-style: overlong forms, surrogates, code
 * points above U+10FFFF, stray continuation bytes and truncated sequences are
 * all errors.  out must hold n units (UTF-8 never needs more units than
 * bytes).  Returns the number of units, or -1 with *bad set to the offset of
 * the first byte of the first invalid sequence.
 */
static int64_t
utf8_decode(const unsigned char *b, size_t n, UChar *out, size_t *bad)
{
	size_t i = 0, o = 0, len;
	uint32_t c, min;
	unsigned char c0;

	while (i < n) {
		c0 = b[i];
		if (c0 < 0x80) {
			out[o++] = c0;
			i++;
			continue;
		}
		if (c0 >= 0xC2 && c0 <= 0xDF) {
			len = 2;
			c = c0 & 0x1F;
			min = 0x80;
		} else if (c0 >= 0xE0 && c0 <= 0xEF) {
			len = 3;
			c = c0 & 0x0F;
			min = 0x800;
		} else if (c0 >= 0xF0 && c0 <= 0xF4) {
			len = 4;
			c = c0 & 0x07;
			min = 0x10000;
		} else
			goto invalid;
		if (n - i < len)
			goto invalid;
		for (size_t k = 1; k < len; k++) {
			if ((b[i + k] & 0xC0) != 0x80)
				goto invalid;
			c = (c << 6) | (b[i + k] & 0x3F);
		}
		if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			goto invalid;
		if (c >= 0x10000) {
			out[o++] = (UChar)(0xD7C0 + (c >> 10));
			out[o++] = (UChar)(0xDC00 | (c & 0x3FF));
		} else
			out[o++] = (UChar)c;
		i += len;
	}
	return (int64_t)o;
invalid:
	*bad = i;
	return -1;
}

/*
 * Decode with an ICU converter, stopping at the first illegal sequence.
 * Returns a fresh NUL-terminated buffer and its length in *lenp, or NULL
 * with *bad set to the byte offset of the illegal sequence.  No offsets
 * array is kept (it would cost four bytes per unit of a 100 MB file): when
 * the stop callback fires the source pointer has just passed the invalid
 * bytes, and ucnv_getInvalidChars says how many they were.
 */
static UChar *
icu_decode(const char *cname, const unsigned char *b, size_t n,
    int32_t *lenp, size_t *bad)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *cnv;
	UChar *buf, *t;
	const char *s, *slim;
	size_t cap, used;
	char inv[32];
	int8_t ninv;

	cnv = ucnv_open(cname, &st);
	if (U_FAILURE(st))
		abort();	/* only our fixed names come here */
	ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL,
	    &st);
	/* None of these encodings gives more units than bytes; the loop
	 * below still grows the buffer should a converter ever do so. */
	cap = n + 1;
	buf = pc_xreallocarray(NULL, cap, sizeof(UChar));
	s = (const char *)b;
	slim = s + n;
	used = 0;
	for (;;) {
		st = U_ZERO_ERROR;
		t = buf + used;
		ucnv_toUnicode(cnv, &t, buf + cap - 1, &s, slim, NULL, 1, &st);
		used = (size_t)(t - buf);
		if (st == U_BUFFER_OVERFLOW_ERROR) {
			pc_grow(&buf, &cap, cap + 1, sizeof(UChar));
			continue;
		}
		break;
	}
	if (U_FAILURE(st)) {
		UErrorCode st2 = U_ZERO_ERROR;

		ninv = sizeof(inv);
		ucnv_getInvalidChars(cnv, inv, &ninv, &st2);
		if (U_FAILURE(st2))
			ninv = 0;
		*bad = (size_t)(s - (const char *)b) - (size_t)ninv;
		ucnv_close(cnv);
		free(buf);
		return NULL;
	}
	ucnv_close(cnv);
	if (used > INT32_MAX - 1) {
		/* Cannot be indexed by int32_t offsets. */
		free(buf);
		*bad = n;
		return NULL;
	}
	buf[used] = 0;
	*lenp = (int32_t)used;
	return buf;
}

/* Byte order of BOM-less UTF-16: ASCII characters put their zero byte
 * first in big-endian and second in little-endian text. */
static const char *
utf16_guess_order(const unsigned char *b, size_t n)
{
	size_t i, even = 0, odd = 0;

	for (i = 0; i + 1 < n && i < DETECT_WINDOW; i += 2) {
		even += b[i] == 0;
		odd += b[i + 1] == 0;
	}
	return even > odd ? "UTF-16BE" : "UTF-16LE";
}

/*
 * Both candidate encodings decode most high-byte pairs of the other, and
 * cp950-style Big5 even maps single bytes such as 0xFF, to private-use
 * code points.  Chinese prose has neither private-use nor unassigned
 * characters, so a guessed encoding that yields one is the wrong guess.
 */
static int
plausible(const UChar *t, int32_t len)
{
	int32_t i = 0;
	UChar32 c;

	while (i < len) {
		U16_NEXT(t, i, len, c);
		if (U_GET_GC_MASK(c) & (U_GC_CO_MASK | U_GC_CN_MASK))
			return 0;
	}
	return 1;
}

/*
 * Ask ICU's detector which of GB18030 and Big5 the input is in, and decode
 * it under the first candidate (in confidence order) that is confident
 * enough and explains every byte.  firstbad is the first byte that is not
 * UTF-8; the detector looks at a window starting at a line start shortly
 * before it, since what comes before is plain UTF-8 (mostly ASCII) that
 * says nothing about the Chinese encoding.
 */
static UChar *
detect_and_decode(const unsigned char *b, size_t n, size_t firstbad,
    int32_t *lenp, const char **encp)
{
	UErrorCode st = U_ZERO_ERROR;
	UCharsetDetector *csd;
	const UCharsetMatch **m;
	const char *name;
	UChar *text = NULL;
	size_t ws, wn, i, bad;
	int32_t nm, k, conf;

	ws = 0;
	if (n > DETECT_WINDOW && firstbad > 4096) {
		ws = firstbad;
		for (i = firstbad; i > firstbad - 4096; i--)
			if (b[i - 1] == '\n') {
				ws = i;
				break;
			}
	}
	wn = n - ws < DETECT_WINDOW ? n - ws : DETECT_WINDOW;

	csd = ucsdet_open(&st);
	ucsdet_setText(csd, (const char *)b + ws, (int32_t)wn, &st);
	m = ucsdet_detectAll(csd, &nm, &st);
	if (U_FAILURE(st))
		nm = 0;
	for (k = 0; k < nm && text == NULL; k++) {
		st = U_ZERO_ERROR;
		name = ucsdet_getName(m[k], &st);
		conf = ucsdet_getConfidence(m[k], &st);
		if (U_FAILURE(st) || conf < DETECT_MIN_CONFIDENCE)
			break;	/* sorted: the rest are weaker */
		if (strcmp(name, "GB18030") == 0)
			*encp = "GB18030";
		else if (strcmp(name, "Big5") == 0)
			*encp = "Big5";
		else
			continue;
		text = icu_decode(*encp, b, n, lenp, &bad);
		if (text != NULL && !plausible(text, *lenp)) {
			free(text);
			text = NULL;
		}
	}
	ucsdet_close(csd);
	return text;
}

/*
 * After decoding: find a control character no text explains (raw_utf16:
 * unit i came from bytes 2i and 2i+1), drop a BOM and a final DOS EOF mark,
 * turn CR LF and lone CR into LF and record where each line starts.  Works
 * in place: the text only shrinks.  Returns -1 on a control character.
 */
static int
finish(pc_source *src, int raw_utf16, const char *enc, pc_src_error *err)
{
	UChar *t = src->text;
	int32_t n = src->len, r, w, start;
	size_t cap = 0, na = 0;
	pc_anchor *a = NULL;

	if (n > 0 && t[n - 1] == 0x1A)
		n--;
	if (raw_utf16) {
		/* Byte-oriented encodings were checked on the raw bytes. */
		for (r = 0; r < n; r++)
			if (is_bad_control(t[r])) {
				err_set(err, PC_SRC_BINARY, 0, (int64_t)r * 2,
				    t[r], enc);
				return -1;
			}
	}
	start = n > 0 && t[0] == 0xFEFF ? 1 : 0;
	pc_grow(&a, &cap, 1, sizeof(*a));
	a[na].off = 0;
	a[na].line = 1;
	na++;
	for (r = start, w = 0; r < n; r++) {
		UChar c = t[r];

		if (c == '\r') {
			if (r + 1 < n && t[r + 1] == '\n')
				r++;
			c = '\n';
		}
		t[w++] = c;
		if (c == '\n') {
			pc_grow(&a, &cap, na + 1, sizeof(*a));
			a[na].off = w;
			a[na].line = (int32_t)na + 1;
			na++;
		}
	}
	t[w] = 0;
	/* Give back what decoding and normalising did not use. */
	src->text = pc_xreallocarray(t, (size_t)w + 1, sizeof(UChar));
	src->len = w;
	src->anchors = pc_xreallocarray(a, na, sizeof(*a));
	src->nanchors = (int32_t)na;
	src->encoding = pc_xstrdup(enc);
	return 0;
}

int
pc_source_from_bytes(const char *path, const unsigned char *bytes, size_t n,
    const char *encoding, pc_source *src, pc_src_error *err)
{
	pc_src_error dummy;
	const char *enc = NULL;
	size_t bad = 0, ctl;
	int64_t u;
	int raw_utf16 = 0;
	UChar *text = NULL;
	int32_t len = 0;

	if (err == NULL)
		err = &dummy;
	memset(err, 0, sizeof(*err));
	memset(src, 0, sizeof(*src));
	if (bytes == NULL)
		n = 0;
	if (n >= INT32_MAX) {
		err_set(err, PC_SRC_TOO_LARGE, 0, INT32_MAX - 1, 0, NULL);
		return -1;
	}

	if (encoding != NULL) {
		enc = pc_source_encoding_name(encoding);
		if (enc == NULL) {
			err_set(err, PC_SRC_BAD_ENCODING, 0, 0, 0, encoding);
			return -1;
		}
		if (strcmp(enc, "UTF-16") == 0) {
			if (n >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
				enc = "UTF-16LE";
			else if (n >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
				enc = "UTF-16BE";
			else
				enc = utf16_guess_order(bytes, n);
		}
	} else if (n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB &&
	    bytes[2] == 0xBF)
		enc = "UTF-8";
	else if (n >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
		enc = "UTF-16LE";
	else if (n >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
		enc = "UTF-16BE";

	raw_utf16 = enc != NULL && strncmp(enc, "UTF-16", 6) == 0;
	if (!raw_utf16) {
		/* Before any detection, so that a PNG or an ELF file is
		 * "not a text document", not "undetected". */
		ctl = find_bad_control_byte(bytes, strip_dos_eof(bytes, n));
		if (ctl < strip_dos_eof(bytes, n)) {
			err_set(err, PC_SRC_BINARY, 0, (int64_t)ctl, bytes[ctl],
			    enc);
			return -1;
		}
	}

	if (enc == NULL || strcmp(enc, "UTF-8") == 0) {
		text = pc_xreallocarray(NULL, n + 1, sizeof(UChar));
		u = utf8_decode(bytes, n, text, &bad);
		if (u < 0 && enc != NULL) {
			free(text);
			err_set(err, PC_SRC_UNDECODABLE, 0, (int64_t)bad,
			    bytes[bad], enc);
			return -1;
		}
		if (u < 0) {
			free(text);
			text = detect_and_decode(bytes, n, bad, &len, &enc);
			if (text == NULL) {
				err_set(err, PC_SRC_UNDETECTED, 0, (int64_t)bad,
				    bytes[bad], NULL);
				return -1;
			}
		} else {
			enc = "UTF-8";
			len = (int32_t)u;
			text[len] = 0;
		}
	} else {
		text = icu_decode(enc, bytes, n, &len, &bad);
		if (text == NULL) {
			err_set(err, PC_SRC_UNDECODABLE, 0, (int64_t)bad,
			    bad < n ? bytes[bad] : 0, enc);
			return -1;
		}
	}

	src->text = text;
	src->len = len;
	if (finish(src, raw_utf16, enc, err) == -1) {
		free(src->text);
		memset(src, 0, sizeof(*src));
		return -1;
	}
	src->path = pc_xstrdup(path != NULL ? path : "-");
	return 0;
}

/* Read all of fd into a fresh buffer, at most max bytes. */
static int
read_all(int fd, size_t max, unsigned char **bufp, size_t *np,
    pc_src_error *err)
{
	struct stat sb;
	unsigned char *buf = NULL;
	size_t cap = 0, n = 0, want, limit;
	ssize_t r;

	if (fstat(fd, &sb) == -1) {
		err_set(err, PC_SRC_READ, errno, 0, 0, NULL);
		return -1;
	}
	if (S_ISDIR(sb.st_mode)) {
		err_set(err, PC_SRC_IS_DIR, EISDIR, 0, 0, NULL);
		return -1;
	}
	if (S_ISREG(sb.st_mode)) {
		if ((uintmax_t)sb.st_size > max) {
			err_set(err, PC_SRC_TOO_LARGE, 0, (int64_t)max, 0, NULL);
			return -1;
		}
		/* One more byte, so that growth while reading is seen. */
		cap = (size_t)sb.st_size + 1;
		buf = pc_xmalloc(cap);
	}
	/* Reading one byte past max tells "exactly max" from "too large". */
	limit = max < SIZE_MAX ? max + 1 : SIZE_MAX;
	for (;;) {
		if (n == cap)
			pc_grow(&buf, &cap, n + READ_CHUNK, 1);
		want = cap - n;
		if (want > limit - n)
			want = limit - n;
		r = read(fd, buf + n, want);
		if (r == -1) {
			if (errno == EINTR)
				continue;
			err_set(err, errno == EISDIR ? PC_SRC_IS_DIR :
			    PC_SRC_READ, errno, (int64_t)n, 0, NULL);
			free(buf);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			err_set(err, PC_SRC_TOO_LARGE, 0, (int64_t)max, 0, NULL);
			free(buf);
			return -1;
		}
	}
	*bufp = buf;
	*np = n;
	return 0;
}

void
pc_src_error_detail(pc_src_error *err, pc_src_status status, int64_t offset,
    const char *fmt, ...)
{
	va_list ap;

	memset(err, 0, sizeof(*err));
	err->status = status;
	err->offset = offset;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	for (char *p = err->detail; *p != '\0'; p++)   /* one line */
		if (*p == '\n' || *p == '\r')
			*p = ' ';
}

int
pc_source_slurp(const char *path, size_t max_bytes, unsigned char **bytes,
    size_t *n, pc_src_error *err)
{
	int fd, rc, is_stdin;

	memset(err, 0, sizeof(*err));
	*bytes = NULL;
	*n = 0;
	is_stdin = strcmp(path, "-") == 0;
	if (is_stdin)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) == -1) {
		err_set(err, errno == EISDIR ? PC_SRC_IS_DIR : PC_SRC_OPEN,
		    errno, 0, 0, NULL);
		return -1;
	}
	rc = read_all(fd, max_bytes, bytes, n, err);
	if (!is_stdin)
		close(fd);
	return rc;
}

int
pc_source_read(const char *path, const char *encoding, size_t max_bytes,
    pc_source *src, pc_src_error *err)
{
	pc_src_error dummy;
	unsigned char *buf = NULL;
	size_t n = 0;
	int rc;

	if (err == NULL)
		err = &dummy;
	memset(err, 0, sizeof(*err));
	memset(src, 0, sizeof(*src));
	/* Name the encoding error before reading a possibly large file. */
	if (encoding != NULL && pc_source_encoding_name(encoding) == NULL) {
		err_set(err, PC_SRC_BAD_ENCODING, 0, 0, 0, encoding);
		return -1;
	}
	if (pc_source_slurp(path, max_bytes, &buf, &n, err) != 0)
		return -1;
	rc = pc_source_from_bytes(path, buf, n, encoding, src, err);
	free(buf);
	return rc;
}

void
pc_source_adopt(pc_source *src, const char *path, const char *encoding,
    UChar *text, int32_t len, pc_anchor *anchors, int32_t nanchors)
{
	memset(src, 0, sizeof(*src));
	src->path = pc_xstrdup(path != NULL ? path : "-");
	src->encoding = encoding != NULL ? pc_xstrdup(encoding) : NULL;
	src->text = text;
	src->len = len;
	if (nanchors <= 0) {
		/* pc_source_pos relies on anchors[0].off == 0. */
		free(anchors);
		anchors = pc_xmalloc(sizeof(*anchors));
		anchors[0].off = 0;
		anchors[0].line = 1;
		nanchors = 1;
	}
	src->anchors = anchors;
	src->nanchors = nanchors;
}

void
pc_source_free(pc_source *src)
{
	if (src == NULL)
		return;
	free(src->path);
	free(src->encoding);
	free(src->text);
	free(src->anchors);
	memset(src, 0, sizeof(*src));
}

/* Columns (in unit) from t[from] to t[to]. */
static int32_t
count_units(const UChar *t, int32_t from, int32_t to, pc_unit unit)
{
	int32_t c = 0;

	if (unit == PC_UNIT_UTF16)
		return to - from;
	for (int32_t i = from; i < to; i++) {
		UChar u = t[i];

		if (u >= 0xD800 && u <= 0xDBFF && i + 1 < to &&
		    t[i + 1] >= 0xDC00 && t[i + 1] <= 0xDFFF) {
			c += unit == PC_UNIT_BYTE ? 4 : 1;
			i++;
		} else if (unit == PC_UNIT_CHAR)
			c++;
		else
			c += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
	}
	return c;
}

void
pc_source_pos_at(const pc_source *src, pc_poscur *cur, int32_t off,
    pc_unit unit, int32_t *line, int32_t *col)
{
	int32_t lo, hi, mid, from, c;

	if (off < 0)
		off = 0;
	if (off > src->len)
		off = src->len;
	if (src->nanchors <= 0) {
		*line = 1;
		lo = 0;
	} else {
		/* The last anchor whose off is <= off. */
		lo = 0;
		hi = src->nanchors - 1;
		while (lo < hi) {
			mid = lo + (hi - lo + 1) / 2;
			if (src->anchors[mid].off <= off)
				lo = mid;
			else
				hi = mid - 1;
		}
		*line = src->anchors[lo].line;
		lo = src->anchors[lo].off;
		if (lo > off)
			lo = 0;
	}
	from = lo;
	c = 0;
	/* a cursor left between the halves of a surrogate pair would count
	 * the pair as two characters: start afresh then */
	if (cur != NULL && cur->valid && cur->start == lo &&
	    cur->unit == unit && cur->off <= off && cur->off >= lo &&
	    (cur->off == lo || cur->off >= src->len ||
	    !U16_IS_TRAIL(src->text[cur->off]))) {
		from = cur->off;
		c = cur->col - 1;
	}
	c += count_units(src->text, from, off, unit);
	*col = 1 + c;
	if (cur != NULL) {
		cur->valid = 1;
		cur->start = lo;
		cur->off = off;
		cur->col = *col;
		cur->unit = unit;
	}
}

void
pc_source_pos(const pc_source *src, int32_t off, pc_unit unit,
    int32_t *line, int32_t *col)
{
	pc_source_pos_at(src, NULL, off, unit, line, col);
}
