/* Findings list. */
#include "pc_finding.h"

#include <stdlib.h>
#include <string.h>

#include "pc_alloc.h"

/* A diagnostic is one line: words quoted from the draft may span a line
 * break (a paragraph wrapped over two lines). */
static char *
one_line(char *s)
{
	for (char *p = s; *p != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return s;
}

void
pc_findings_add(pc_findings *fs, const char *rule, pc_severity sev,
    int32_t start, int32_t end, char *en, char *zh)
{
	pc_finding *f;

	if (fs->limit > 0) {
		pc_rulecount *rc = NULL;

		for (int32_t i = 0; i < fs->nrules && rc == NULL; i++)
			if (fs->rules[i].rule == rule)
				rc = &fs->rules[i];
		if (rc == NULL) {
			pc_grow(&fs->rules, &fs->crules, (size_t)fs->nrules + 1,
			    sizeof(*fs->rules));
			rc = &fs->rules[fs->nrules++];
			memset(rc, 0, sizeof(*rc));
			rc->rule = rule;
		}
		if (rc->kept >= fs->limit) {
			if (rc->dropped++ == 0) {
				rc->start = start;
				rc->end = end;
			}
			free(en);
			free(zh);
			return;
		}
		rc->kept++;
	}
	pc_grow(&fs->f, &fs->cap, (size_t)fs->n + 1, sizeof(*fs->f));
	f = &fs->f[fs->n++];
	f->rule = rule;
	f->sev = sev;
	f->start = start;
	f->end = end;
	f->msg[PC_LANG_EN] = one_line(en);
	f->msg[PC_LANG_ZH] = one_line(zh);
}

void
pc_findings_free(pc_findings *fs)
{
	for (int32_t i = 0; i < fs->n; i++) {
		free(fs->f[i].msg[0]);
		free(fs->f[i].msg[1]);
	}
	free(fs->f);
	free(fs->rules);
	memset(fs, 0, sizeof(*fs));
}

const char *
pc_severity_name(pc_severity sev)
{
	static const char *const names[] = { "note", "warning", "error" };
	return names[sev];
}

int
pc_severity_parse(const char *s)
{
	for (int i = 0; i <= PC_SEV_ERROR; i++)
		if (strcmp(s, pc_severity_name((pc_severity)i)) == 0)
			return i;
	return -1;
}
