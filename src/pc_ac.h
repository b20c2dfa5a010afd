/* Aho–Corasick automaton over UTF-16 code units: all dictionary terms of all
 * loaded plans (and the lexicon's segmentation words) compiled once per run,
 * reporting every occurrence, overlaps included.
 *
 * Ownership: pc_ac_add copies the pattern; the automaton owns all its memory;
 * pc_ac_free releases it. The callback's arguments are valid during the call. */
#ifndef PC_AC_H
#define PC_AC_H

#include <stdint.h>
#include <unicode/utypes.h>

typedef struct pc_ac pc_ac;

pc_ac *pc_ac_new(void);

/* Add pattern p[0..n) with caller-chosen payload id (n > 0). The same string
 * may be added several times with different ids; each id is reported. */
void pc_ac_add(pc_ac *ac, const UChar *p, int32_t n, int32_t id);

/* Build the failure links; after this no more pc_ac_add. */
void pc_ac_build(pc_ac *ac);

/* Number of patterns added. */
int32_t pc_ac_count(const pc_ac *ac);

/* Called for every occurrence text[start..end) of the pattern with payload id.
 * Return non-zero to stop the scan. Occurrences are reported in order of
 * increasing end; for one end, longer patterns first. */
typedef int (*pc_ac_cb)(int32_t start, int32_t end, int32_t id, void *ctx);

/* Scan text[0..len). Returns non-zero if the callback stopped it. */
int pc_ac_scan(const pc_ac *ac, const UChar *text, int32_t len,
    pc_ac_cb cb, void *ctx);

void pc_ac_free(pc_ac *ac);

#endif
