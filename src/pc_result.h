/* Result: the one model every writer reads. Offsets are resolved to line
 * and column (in the unit the user chose), hit texts and heading paths are
 * copied out, so writers need neither the text nor the analyses.
 *
 * Ownership: a pc_rfile owns every array and string in it; items and plans
 * point into the dictset, which must outlive it. The strings of the hits
 * live in the file's string pool (pc_rfile_str), which the hits share: a
 * file of a million hits makes a few hundred allocations, not millions,
 * and one heading path serves every hit under that heading. */
#ifndef PC_RESULT_H
#define PC_RESULT_H

#include "pc_cover.h"
#include "pc_finding.h"
#include "pc_outline.h"
#include "pc_source.h"
#include "pc_view.h"

typedef struct pc_rfinding {
	const char *rule;
	pc_severity sev;
	int32_t line, col, end_line, end_col;
	char *msg[PC_NLANG];
	char *text;             /* the words at the finding's span (UTF-8,
	                           at most PC_FINDING_TEXT_MAX characters) */
	char *sentence;         /* the sentence it starts in ("" for
	                           file-level findings) */
	int32_t seq;            /* order in which the analyses made it */
} pc_rfinding;

#define PC_FINDING_TEXT_MAX 200
#define PC_SENTENCE_MAX 400    /* characters of a quoted sentence */

typedef struct pc_rhit {
	int32_t line, col;
	const char *text;       /* the words as the draft writes them */
	const char *heading;    /* heading path, " > " between levels; "" */
	const char *sentence;   /* the sentence holding the hit, or "" */
	int32_t hl_start;       /* the hit's words within sentence: byte */
	int32_t hl_len;         /* offset and length (UTF-8) */
	int strength;
} pc_rhit;

typedef struct pc_ritem {
	const pc_item *item;
	int strength;
	pc_rhit *hits;
	int32_t nhits;
} pc_ritem;

typedef struct pc_rplan {
	const pc_plan *plan;
	int32_t covered, total, req_covered, req_total;
	pc_ritem *items;
	int32_t nitems;
} pc_rplan;

/* An item the draft enumerates that no checked plan names. */
typedef struct pc_rdraft {
	int32_t line, col;
	char *text;
	char *heading;          /* heading path */
} pc_rdraft;

typedef struct pc_rfile {
	char *path;
	char *encoding;          /* NULL when the file could not be read */
	char *title;             /* the draft's first paragraph, or NULL */
	const pc_plan *self;     /* the draft's own plan, or NULL */
	char *error[PC_NLANG];   /* input error, or NULL */
	pc_rfinding *findings;   /* sorted by position, then rule */
	int32_t nfindings;
	pc_rplan *plans;
	int32_t nplans;
	pc_rdraft *draft_only;   /* see pc_draftonly.h */
	int32_t ndraft_only;
	struct obstack *pool;    /* the hits' strings; NULL until the first */
} pc_rfile;

/* A copy of s in rf's string pool, freed with rf. */
const char *pc_rfile_str(pc_rfile *rf, const char *s);

/* Build the result of a checked file. Takes nothing over: fs, cov and dro
 * stay the caller's; dro may be NULL. */
struct pc_draftonly;
/* Hits carry their sentence only if sentences is set (the reports and
 * JSON Lines show them; the other formats need not pay for them). */
void pc_result_build(pc_rfile *rf, const pc_source *src, const pc_view *v,
    const pc_outline *o, const pc_findings *fs, const pc_cov_plan *cov,
    int32_t ncov, const pc_plan *self, const struct pc_draftonly *dro,
    pc_unit unit, int sentences);

/* A file that could not be checked; takes ownership of en and zh. */
void pc_result_error(pc_rfile *rf, const char *path, char *en, char *zh);

/* Keep only the findings whose line lies in one of the ranges (sorted or
 * not); the others are freed. */
struct pc_line_range;
void pc_rfile_keep_lines(pc_rfile *rf, const struct pc_line_range *r,
    int32_t n);

/* Free the strings of one finding (for filters that drop findings). */
void pc_rfinding_free(pc_rfinding *f);

void pc_rfile_free(pc_rfile *rf);

/* Non-zero if min >= 0 and some plan's required items are covered below
 * min percent. */
int pc_rfile_below(const pc_rfile *rf, double min);

/* Worst severity among the findings, or -1 if none. */
int pc_rfile_worst(const pc_rfile *rf);

#endif
