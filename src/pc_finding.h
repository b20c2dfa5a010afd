/* Findings: what the analyses report, in offsets of the text view. The
 * message is rendered in both languages when the finding is made, so no
 * later stage needs the analysis' data.
 *
 * Ownership: a pc_findings owns its array and every message string. */
#ifndef PC_FINDING_H
#define PC_FINDING_H

#include <stddef.h>
#include <stdint.h>

typedef enum pc_severity {
	PC_SEV_NOTE,
	PC_SEV_WARNING,
	PC_SEV_ERROR
} pc_severity;

enum { PC_LANG_EN, PC_LANG_ZH, PC_NLANG };

typedef struct pc_finding {
	const char *rule;       /* stable rule id (static string) */
	pc_severity sev;
	int32_t start, end;     /* offsets; start == end == 0 for the file */
	char *msg[PC_NLANG];
} pc_finding;

/* Findings of one rule: how many were kept and how many left out. */
typedef struct pc_rulecount {
	const char *rule;
	int32_t kept, dropped;
	int32_t start, end;     /* the first one left out */
} pc_rulecount;

typedef struct pc_findings {
	pc_finding *f;
	int32_t n;
	size_t cap;
	int32_t limit;          /* findings kept per rule; 0: all */
	pc_rulecount *rules;    /* per rule, when there is a limit */
	int32_t nrules;
	size_t crules;
} pc_findings;

/* Append a finding; takes ownership of en and zh (both malloc'd). Past
 * fs->limit findings of its rule, the finding is counted in fs->rules and
 * freed. */
void pc_findings_add(pc_findings *fs, const char *rule, pc_severity sev,
    int32_t start, int32_t end, char *en, char *zh);
void pc_findings_free(pc_findings *fs);

const char *pc_severity_name(pc_severity sev);
/* Parse "error", "warning", "note"; -1 if none. */
int pc_severity_parse(const char *s);

#endif
