/* The alignment report for review meetings (--format html and md): its
 * content — header, summary, 衔接对照表, gaps, draft-only content,
 * findings, changes since an older draft, and the matrices of a run over
 * several drafts — is built once from the results (pc_report.c) into a
 * small document model of headings, paragraphs, fact lists, tables, bar
 * charts and heat maps, which pc_out_html.c renders as XHTML and
 * pc_out_md.c as Markdown.
 * No analysis happens here or there: the model only arranges the results.
 *
 * Ownership: a pc_report owns every block, row, cell, run and string in it
 * (all copied from the results); pc_report_free releases them. The
 * writers borrow everything they are given. */
#ifndef PC_REPORT_H
#define PC_REPORT_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "pc_compare.h"
#include "pc_dict.h"
#include "pc_result.h"

/* A piece of text in a cell or paragraph. */
typedef enum pc_rp_run_kind {
	PC_RUN_TEXT,
	PC_RUN_MARK,            /* the term in its sentence */
	PC_RUN_SMALL,           /* secondary: heading path, position */
	PC_RUN_CODE,            /* ids, hashes */
	PC_RUN_BREAK            /* line break; no text */
} pc_rp_run_kind;

/* Presentation classes; each writer maps them to its own means. */
typedef enum pc_rp_class {
	PC_CL_NONE,
	PC_CL_MISSING_REQ,      /* 未涉及, a required item */
	PC_CL_MISSING,          /* 未涉及, optional */
	PC_CL_S1,               /* 提及 */
	PC_CL_S2,               /* 部署 */
	PC_CL_S3,               /* 量化部署 */
	PC_CL_R0,               /* coverage ratio buckets: < 20 % */
	PC_CL_R1,               /* < 40 % */
	PC_CL_R2,               /* < 60 % */
	PC_CL_R3,               /* < 80 % */
	PC_CL_R4,               /* >= 80 % */
	PC_CL_ERROR,
	PC_CL_WARNING,
	PC_CL_NOTE,
	PC_CL_NUM,              /* a number: right-aligned */
	PC_CL_GROUP,            /* a group row of a table */
	PC_CL_TOTAL,            /* a total row */
	PC_CL_N
} pc_rp_class;

typedef struct pc_rp_run {
	pc_rp_run_kind kind;
	char *text;             /* NULL for PC_RUN_BREAK */
} pc_rp_run;

typedef struct pc_rp_cell {
	pc_rp_run *runs;
	int32_t nruns;
	size_t cap;
	pc_rp_class cls;
} pc_rp_cell;

typedef struct pc_rp_row {
	pc_rp_cell *cells;      /* one cell spanning the table for a group
	                           row (cls PC_CL_GROUP) */
	int32_t ncells;
	pc_rp_class cls;
} pc_rp_row;

typedef struct pc_rp_table {
	char **head;            /* column titles */
	int32_t ncols;
	pc_rp_row *rows;
	int32_t nrows;
	size_t cap;
	const char *kind;       /* what the table is, e.g. "alignment"; the
	                           HTML writer's class attribute */
} pc_rp_table;

/* A horizontal bar chart: per bar a ratio (0..1) and a second, lighter
 * one (all items beside required ones). */
typedef struct pc_rp_bar {
	char *label;
	char *note;             /* "10/18 (55.6%)" */
	double ratio, ratio2;
} pc_rp_bar;

typedef struct pc_rp_bars {
	char *title;
	char *legend[2];        /* what ratio and ratio2 are */
	pc_rp_bar *b;
	int32_t n;
} pc_rp_bars;

/* A heat map: rows × cols of values -1 (not checked), 0..3 (strength). */
typedef struct pc_rp_heat {
	char *title;
	char **rows;
	int32_t nrows;
	char **cols;
	unsigned char *required; /* per column */
	int32_t ncols;
	signed char *v;         /* nrows * ncols, row-major */
	char *legend[5];        /* labels of missing, 1, 2, 3, not checked */
} pc_rp_heat;

typedef enum pc_rp_kind {
	PC_BLK_HEADING,         /* level 1..4; level 2 starts a section,
	                           printed on a new page */
	PC_BLK_PARA,
	PC_BLK_FACTS,           /* a list of label: value pairs (a table of
	                           two columns without head) */
	PC_BLK_TABLE,
	PC_BLK_BARS,
	PC_BLK_HEAT
} pc_rp_kind;

typedef struct pc_rp_block {
	pc_rp_kind kind;
	int level;              /* headings */
	int nobreak;            /* level 2: stays on the page before */
	pc_rp_cell text;        /* headings and paragraphs */
	pc_rp_table table;      /* facts and tables */
	pc_rp_bars bars;
	pc_rp_heat heat;
} pc_rp_block;

typedef struct pc_report {
	char *title;            /* of the page */
	const char *lang;       /* "zh-CN" or "en" */
	pc_rp_block *b;
	int32_t n;
	size_t cap;
} pc_report;

/* What the report is made of; everything borrowed. */
typedef struct pc_report_in {
	const pc_dictset *ds;   /* the plans listed when no file used any */
	const pc_rfile *files;
	int32_t n;
	const pc_rfile *old;    /* --since: the older draft, or NULL */
	const pc_changes *changes; /* files[0] against old, or NULL */
	int lang;
	time_t when;            /* generation time */
} pc_report_in;

void pc_report_build(pc_report *r, const pc_report_in *in);
void pc_report_free(pc_report *r);

/* The generation time: $SOURCE_DATE_EPOCH when set to a number, else
 * now. */
time_t pc_report_time(void);

/* Labels of the strength levels 0..3 (未涉及 / 提及 / 部署 / 量化部署). */
const char *pc_report_strength(int strength, int lang);

/* The report as one self-contained XHTML5 page (polyglot markup: parses as
 * XML and as HTML), built with libxml2's tree API; inline CSS and SVG, no
 * scripts, a strict Content-Security-Policy, print CSS for A4. */
int pc_out_html(FILE *fp, const pc_report_in *in);

/* The same report as Markdown (GitHub tables). */
int pc_out_md(FILE *fp, const pc_report_in *in);

#endif
