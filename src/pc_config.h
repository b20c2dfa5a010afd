/* Configuration files (.plancheck.conf): INI-style "key = value" lines,
 * "#" or ";" comments, and "[glob]" sections whose settings apply to the
 * files the glob matches (relative to the configuration file's directory;
 * fnmatch(3) patterns, "*" also crossing "/"). Settings before the first
 * section apply to every file.
 *
 * Keys: plans (ids, comma-separated), self, dicts (a directory, relative
 * to the file; root section only), period (START-END), fail-on
 * (error|warning|note|never), min-coverage (0-100), encoding,
 * input-format (auto|text|docx|html), rule.ID (error|warning|note|off).
 *
 * Which file: --config FILE; else the nearest .plancheck.conf walking up
 * from the checked file's directory; else $XDG_CONFIG_HOME/plancheck/config
 * (~/.config/plancheck/config); --no-config: none.
 *
 * Ownership: pc_config_load returns a config the caller frees with
 * pc_config_free; a pc_settings owns its strings (pc_settings_free). */
#ifndef PC_CONFIG_H
#define PC_CONFIG_H

#include <stdint.h>
#include <stdio.h>

/* Unset markers. */
#define PC_SET_UNSET (-100)

typedef struct pc_rule_setting {
	char *rule;             /* rule id */
	int sev;                /* pc_severity, or PC_RULE_OFF (-2) */
} pc_rule_setting;

typedef struct pc_settings {
	char *plans;            /* NULL: unset */
	char *self;
	char *dicts;            /* absolute or relative to the cwd */
	int period_start;       /* 0: unset */
	int period_end;
	int fail_on;            /* PC_SET_UNSET, a pc_severity, or
	                           PC_FAIL_NEVER */
	double min_coverage;    /* < 0: unset */
	char *encoding;
	char *input_format;
	pc_rule_setting *rules; /* in the order set; later wins */
	int32_t nrules;
} pc_settings;

typedef struct pc_config pc_config;

/* A problem in a configuration file: path, line, one-line message in
 * English and Chinese. */
typedef void (*pc_config_report)(const char *path, int line, const char *en,
    const char *zh, void *ctx);

/* Parse the configuration file at path. Problems are reported; the lines
 * with problems are ignored. Returns NULL only if the file cannot be read
 * (reported too). */
pc_config *pc_config_load(const char *path, pc_config_report report,
    void *ctx);

/* The configuration file that applies to a checked file (see above), or
 * NULL for none: a fresh string the caller frees. */
char *pc_config_find(const char *checked_path);

/* The settings for checked_path: the root section, then every matching
 * section in file order (later wins). out must be zeroed or freed. */
void pc_config_resolve(const pc_config *c, const char *checked_path,
    pc_settings *out);

const char *pc_config_path(const pc_config *c);

/* Print settings as "key = value" lines (for --print-config). */
void pc_settings_print(FILE *fp, const pc_settings *s);

void pc_settings_free(pc_settings *s);
void pc_config_free(pc_config *c);

#endif
