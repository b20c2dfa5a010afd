/* Command-line options: one table that both the parser and --help use. */
#ifndef PC_OPTS_H
#define PC_OPTS_H

#include <stdint.h>
#include <stdio.h>

#include "pc_input.h"
#include "pc_source.h"

typedef enum pc_format {
	PC_FMT_TEXT,
	PC_FMT_JSON,
	PC_FMT_JSONL,
	PC_FMT_SARIF,
	PC_FMT_GITHUB,
	PC_FMT_CSV,
	PC_FMT_HTML,
	PC_FMT_MD
} pc_format;

typedef enum pc_command {
	PC_CMD_CHECK,
	PC_CMD_TOKENS,
	PC_CMD_MERGE,
	PC_CMD_DICT_LINT
} pc_command;

#define PC_FAIL_NEVER 99

typedef struct pc_opts {
	pc_command command;
	pc_format format;
	int lang;                /* PC_LANG_EN or PC_LANG_ZH */
	pc_unit unit;
	const char *encoding;    /* NULL: detect */
	const char *dicts;       /* NULL: $PLANCHECK_DICTS or the bundled set */
	char **plans;            /* --plan ids (owned array, strings owned) */
	int32_t nplans;
	const char *self;
	int fail_on;             /* pc_severity, or PC_FAIL_NEVER */
	double min_coverage;     /* percent; < 0: not set */
	pc_limits limits;        /* --max-input-size, --max-part-size,
	                            --max-depth, --pcre2-match-limit,
	                            --pcre2-depth-limit, --max-findings */
	pc_informat informat;    /* --input-format */
	int period_start;        /* --period, else 0 */
	int period_end;
	const char **refs;       /* --ref specs, borrowed from argv */
	int32_t nrefs;
	const char *explain;     /* --explain RULE */
	const char *output;      /* -o FILE; NULL: standard output */
	int jobs;                /* -j N: files checked in parallel */
	int no_summary;          /* --no-summary: text output without the
	                            coverage summary */
	const char *config;      /* --config FILE */
	int no_config;           /* --no-config */
	const char *print_config; /* --print-config FILE */
	int report_unused;       /* --report-unused-suppressions */
	const char *baseline;    /* --baseline FILE */
	const char *write_baseline; /* --write-baseline FILE */
	int staged;              /* --staged */
	const char *diff;        /* --diff REF */
	const char *since;       /* --since FILE: the previous draft */
	/* which of the settings a configuration may also hold were given
	 * on the command line (they win) */
	int set_fail_on, set_min_coverage, set_period, set_informat;
	int help, version;
	char **inputs;           /* borrowed from argv */
	int32_t ninputs;
} pc_opts;

/* Language of messages from the environment (LC_ALL, LC_MESSAGES, LANG). */
int pc_opts_env_lang(void);

/* Parse argv. Returns 0, or -1 with *err set to a one-line message
 * (English and Chinese, malloc'd) for a usage error. */
int pc_opts_parse(pc_opts *o, int argc, char **argv, char **err_en,
    char **err_zh);

void pc_opts_help(FILE *fp, int lang);

void pc_opts_free(pc_opts *o);

#endif
