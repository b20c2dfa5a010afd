/* Dictionaries: one XML file per plan (validated against plan.rng) and the
 * lexicon (lexicon.rng), loaded from one directory into a pc_dictset.
 *
 * Ownership: the dictset owns every plan, group, item and string in it;
 * pc_dictset_free releases all. Pointers into it stay valid until then. */
#ifndef PC_DICT_H
#define PC_DICT_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

typedef enum pc_level {
	PC_LEVEL_NATIONAL,
	PC_LEVEL_PROVINCIAL,
	PC_LEVEL_MUNICIPAL,
	PC_LEVEL_DISTRICT
} pc_level;

typedef enum pc_alias_kind {
	PC_ALIAS_NAME,          /* the canonical name itself */
	PC_ALIAS_ABBREVIATION,
	PC_ALIAS_VARIANT,
	PC_ALIAS_FORMER,
	PC_ALIAS_DISCOURAGED,
	PC_ALIAS_ACCEPTED
} pc_alias_kind;

/* A UTF-8 string with its UTF-16 form. */
typedef struct pc_str {
	char *s;
	UChar *u;
	int32_t ulen;
} pc_str;

typedef struct pc_example {
	pc_str text;
	int match;
	int line;
} pc_example;

struct pc_plan;
struct pc_group;

typedef struct pc_item {
	char *id;
	pc_str *terms;          /* terms[0] is the name, then the aliases */
	pc_alias_kind *kinds;   /* kind of each term */
	int32_t nterms;
	char **patterns;        /* PCRE2 source, UTF-8 */
	int32_t npatterns;
	pc_str *parts;          /* ordered parts of a formulation */
	int32_t nparts;
	pc_example *examples;
	int32_t nexamples;
	int required;
	int verified;
	char *source;           /* URL or NULL */
	int line;               /* line in the dictionary file */
	struct pc_group *group;
	struct pc_plan *plan;
	int32_t index;          /* index in plan->items */
} pc_item;

typedef struct pc_group {
	char *id;
	char *kind;             /* industry, task, formulation, … */
	char *name;
	int superseded;
	struct pc_plan *plan;
} pc_group;

typedef struct pc_plan {
	char *id;
	pc_level level;
	char *region;
	int start, end;         /* plan period, years */
	char *parent_id;        /* or NULL */
	struct pc_plan *parent; /* resolved, or NULL */
	char *title;
	pc_str *region_names;
	int32_t nregion_names;
	char **source_urls;
	int32_t nsources;
	pc_group *groups;
	int32_t ngroups;
	pc_item *items;         /* all items in file order */
	int32_t nitems;
	char *path;             /* file it came from */
	char *sha256;           /* of that file, lower-case hex */
	int line;               /* line of the <plan> element */
} pc_plan;

/* Word lists of the lexicon, by kind. */
typedef enum pc_wkind {
	PC_W_ACTION,
	PC_W_BACKGROUND,
	PC_W_GOALS,
	PC_W_TASKS,
	PC_W_MEASURES,
	PC_W_UNIT,
	PC_W_SEGMENT,
	PC_W_PERIOD,
	PC_W_QUOTE_VERB,
	PC_W_COUNT_NOUN,
	PC_W_NKINDS
} pc_wkind;

typedef struct pc_wordlist {
	pc_str *w;
	int32_t n;
} pc_wordlist;

typedef struct pc_dictset {
	pc_plan **plans;        /* sorted: level (national first), then id */
	int32_t nplans;
	pc_wordlist words[PC_W_NKINDS];
	char *dir;
} pc_dictset;

/* A problem found while loading; message is one line, without the path. */
typedef void (*pc_dict_report)(const char *path, int line,
    const char *message, void *ctx);

/* Load every *.xml of dir (lexicon.xml as the lexicon, the others as plans),
 * validating each against plan.rng or lexicon.rng of dir, or of
 * schema_dir where dir has none (so a user's dictionary directory needs no
 * copy of the schemas). Each problem is reported; a file with problems is
 * skipped. Returns the number of problems (0 = all loaded). Never loads
 * external entities or DTDs. */
int pc_dictset_load(pc_dictset *ds, const char *dir, const char *schema_dir,
    pc_dict_report report, void *ctx);

pc_plan *pc_dictset_plan(const pc_dictset *ds, const char *id);

void pc_dictset_free(pc_dictset *ds);

const char *pc_level_name(pc_level level);
const char *pc_alias_kind_name(pc_alias_kind kind);

/* Non-zero if text[0..n) contains a word of kind k (plain substring). */
int pc_words_find(const pc_dictset *ds, pc_wkind k, const UChar *text,
    int32_t n);

#endif
