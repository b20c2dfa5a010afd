/* Reference texts: read, fold, and name them. */
#include "pc_refs.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_msg.h"
#include "pc_text.h"
#include "pc_view.h"

/* The title without surrounding blanks and 《》. */
static char *
clean_title(const UChar *s, int32_t n)
{
	while (n > 0 && (*s == ' ' || *s == 0x3000 || *s == 0x300A ||
	    *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == 0x3000 ||
	    s[n - 1] == 0x300B || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return pc_utf8(s, n);
}

int
pc_refs_load(pc_refs *refs, const char *const *specs, int32_t n,
    const char *encoding, void (*report)(const char *, const char *,
    const char *, void *), void *ctx)
{
	int failures = 0;

	refs->r = pc_xcalloc((size_t)n + 1, sizeof(*refs->r));
	refs->n = 0;
	for (int32_t i = 0; i < n; i++) {
		const char *spec = specs[i], *eq = strchr(spec, '=');
		const char *path = eq ? eq + 1 : spec;
		pc_source src;
		pc_src_error err;
		pc_reftext *rt;

		if (pc_source_read(path, encoding, PC_SOURCE_MAX_DEFAULT, &src,
		    &err) != 0) {
			char *en, *zh;
			pc_msg_src_error(&err, &en, &zh);
			report(path, en, zh, ctx);
			free(en);
			free(zh);
			failures++;
			continue;
		}
		rt = &refs->r[refs->n++];
		if (eq != NULL) {
			UChar *u;
			int32_t k = 0;
			UErrorCode ec = U_ZERO_ERROR;

			u_strFromUTF8(NULL, 0, &k, spec, (int32_t)(eq - spec),
			    &ec);
			ec = U_ZERO_ERROR;
			u = pc_xreallocarray(NULL, (size_t)k + 1, sizeof(UChar));
			u_strFromUTF8(u, k + 1, &k, spec, (int32_t)(eq - spec),
			    &ec);
			rt->title = clean_title(u, k);
			free(u);
		} else {
			int32_t e = 0;
			while (e < src.len && src.text[e] != '\n')
				e++;
			rt->title = clean_title(src.text, e);
		}
		rt->len = src.len;
		rt->text = pc_xreallocarray(NULL, (size_t)src.len + 1,
		    sizeof(UChar));
		for (int32_t k = 0; k < src.len; k++)
			rt->text[k] = pc_fold_unit(src.text[k]);
		rt->text[src.len] = 0;
		pc_source_free(&src);
	}
	return failures;
}

void
pc_refs_free(pc_refs *refs)
{
	for (int32_t i = 0; i < refs->n; i++) {
		free(refs->r[i].title);
		free(refs->r[i].text);
	}
	free(refs->r);
	refs->r = NULL;
	refs->n = 0;
}
