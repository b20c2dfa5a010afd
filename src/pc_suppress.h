/* Inline suppressions in text and Markdown drafts: a line
 *   <!-- plancheck-disable RULE[, RULE…] -->   (no RULE: every rule)
 * turns the named rules off from that line until a line
 *   <!-- plancheck-enable RULE[, RULE…] -->    (no RULE: every rule)
 * or the end of the file; "plancheck-disable-next-line RULE" covers the
 * next line only. The comment lines themselves are masked in the text
 * view (analyses never see them).
 *
 * Ownership: pc_suppressions owns its array. */
#ifndef PC_SUPPRESS_H
#define PC_SUPPRESS_H

#include "pc_finding.h"
#include "pc_view.h"

typedef struct pc_suppression {
	int32_t start, end;     /* offsets covered */
	char *rule;             /* NULL: every rule */
	int32_t directive;      /* offset of the directive */
	int32_t used;           /* findings it suppressed */
} pc_suppression;

typedef struct pc_suppressions {
	pc_suppression *s;
	int32_t n;
} pc_suppressions;

/* Find the directives of v (plain text sources only; DOCX and HTML have
 * none). */
void pc_suppress_scan(const pc_view *v, pc_suppressions *out);

/* Drop the suppressed findings from fs (freeing their messages), counting
 * uses; then, if report_unused, add an "unused-suppression" warning for
 * each directive that suppressed nothing. */
void pc_suppress_apply(pc_suppressions *sp, pc_findings *fs,
    int report_unused);

void pc_suppressions_free(pc_suppressions *sp);

#endif
