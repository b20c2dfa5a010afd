/* Input dispatch: read the bytes once, decide the format, hand them to the
 * reader of that format. */
#include "pc_input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pc_docx.h"
#include "pc_html.h"

const char *
pc_informat_name(pc_informat f)
{
	static const char *const names[] = { "auto", "text", "docx", "html" };
	return names[f];
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	if (k > n)
		return 0;
	for (size_t i = 0; i < k; i++) {
		char c = s[n - k + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != suffix[i])
			return 0;
	}
	return 1;
}

pc_informat
pc_input_sniff(const char *path, const unsigned char *b, size_t n)
{
	if (pc_docx_sniff(b, n))
		return PC_IN_DOCX;
	if (pc_html_sniff(b, n))
		return PC_IN_HTML;
	if (path != NULL && (ends_with(path, ".html") ||
	    ends_with(path, ".htm")))
		return PC_IN_HTML;
	return PC_IN_TEXT;
}

int
pc_input_from_bytes(const char *path, const unsigned char *b, size_t n,
    pc_informat fmt, const char *encoding, const pc_limits *lim,
    pc_source *src, pc_doc *doc, pc_src_error *err)
{
	int rc;

	memset(src, 0, sizeof(*src));
	memset(doc, 0, sizeof(*doc));
	if (fmt == PC_IN_AUTO)
		fmt = pc_input_sniff(path, b, n);
	switch (fmt) {
	case PC_IN_DOCX:
		rc = pc_docx_read(path, b, n, lim, src, doc, err);
		if (rc == 0)
			pc_doc_join_wrapped(doc);
		break;
	case PC_IN_HTML:
		rc = pc_html_read(path, b, n, encoding, lim, src, doc, err);
		if (rc == 0)
			pc_doc_join_wrapped(doc);
		break;
	default:
		rc = pc_source_from_bytes(path, b, n, encoding, src, err);
		if (rc == 0)
			pc_doc_from_text(src, doc);
		break;
	}
	return rc;
}

int
pc_input_read(const char *path, pc_informat fmt, const char *encoding,
    const pc_limits *lim, pc_source *src, pc_doc *doc, pc_src_error *err)
{
	unsigned char *b = NULL;
	size_t n = 0;
	int rc;

	memset(src, 0, sizeof(*src));
	memset(doc, 0, sizeof(*doc));
	if (encoding != NULL && pc_source_encoding_name(encoding) == NULL) {
		memset(err, 0, sizeof(*err));
		err->status = PC_SRC_BAD_ENCODING;
		snprintf(err->encoding, sizeof(err->encoding), "%s", encoding);
		return -1;
	}
	if (pc_source_slurp(path, lim->max_input, &b, &n, err) != 0)
		return -1;
	rc = pc_input_from_bytes(path, b, n, fmt, encoding, lim, src, doc,
	    err);
	free(b);
	return rc;
}
