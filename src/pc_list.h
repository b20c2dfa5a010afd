/* Declared counts and the lists they count. A count is a numeral, a
 * classifier (大 个 项 类, or none before 方面) and a counted noun from the
 * lexicon (count-noun), perhaps with a short modifier: "六大方向",
 * "13项指标", "九个特色产业片区". A sum of counts is written "3+9"产业片区.
 *
 * The list a count counts is found in one of these forms, tried in order:
 *
 *   before    items joined by 、 (a final 以及/和/及/与) right before the
 *             count, after the nearest clause break or lead word:
 *             "围绕A、B、C六大方向", "A、B和C三大产业", "GDP比重等13项指标"
 *   colon     after a colon later in the count's clause:
 *             "三大领域：A、B、C", "三大任务：推进A；加快B；强化C。"
 *   ordinal   ordinal markers right after the count (same sentence after
 *             ，/：, the next sentence, or the next paragraph): 一是…二是…,
 *             第一阶段…第二阶段…, （1）…（2）…; nested runs that restart
 *             at 一 are skipped over, a duplicate or a gap of one is
 *             tolerated (numbering is another rule's business)
 *   headings  the sub-headings under a heading whose title holds the count
 *             ("三、实施五大工程" over （一）…（五）), or under the paragraph
 *             that ends with the count ("…重点实施五大工程。" then （一）…)
 *   restated  a count with no list of its own, ending its sentence (or
 *             a heading), whose next sentence (the first under the
 *             heading) holds a count of the same noun that has one
 *             ("二是打造九大产业片区。…重点打造A、…、I九个特色产业片区");
 *             it agrees if it declares what that count declares, or what
 *             its list gives
 *   sum       "3+9"产业片区: the counts that follow (to the end of the
 *             paragraph or section) whose word ends like the sum's, a
 *             count and its restatement being one part; with as many
 *             parts as summands, each must declare or list its summand
 *
 * Items joined by 和, 及 or 与 are ambiguous (基础和形势 is one item, "A、B和
 * C" three); only the last item of a 、 list (or the only one) may hold such
 * a joiner, and every reading counts: lo and hi are the fewest and the most
 * items the readings give. A list closed by 等 is open: any count of at
 * least lo items fits it.
 *
 * Numbers that count nothing are no counts: ordinals (第三代, 第十五个五年),
 * approximations (三四个, 十余项, 近十个), anaphora (这三大, 上述两个,
 * 其中两个), numbers without a classifier (二十大, 一城三区, 两业融合,
 * 六维力, 十五五) and counts below two (except as the parts of a sum).
 * A count with no list found has form PC_LIST_NONE.
 *
 * Ownership: a pc_counts owns its array and every items/parts array in it;
 * pc_counts_free releases them. A pc_list_lex borrows its word lists, which
 * must outlive it. Nothing here keeps a pointer to the view. */
#ifndef PC_LIST_H
#define PC_LIST_H

#include <stddef.h>
#include <stdint.h>

#include "pc_dict.h"
#include "pc_outline.h"
#include "pc_view.h"

typedef enum pc_list_form {
	PC_LIST_NONE,           /* no list to compare */
	PC_LIST_BEFORE,
	PC_LIST_COLON,
	PC_LIST_ORDINAL,
	PC_LIST_HEADINGS,
	PC_LIST_RESTATED,
	PC_LIST_SUM             /* items are the counts the sum adds up */
} pc_list_form;

typedef struct pc_list_item {
	int32_t mark;           /* start of its ordinal or heading marker,
	                           or of a summed count; else == start */
	int32_t start, end;     /* the item's words, without marker, joiner or
	                           punctuation; for a heading its title */
	int32_t value;          /* PC_LIST_SUM: that count's declared value */
} pc_list_item;

typedef struct pc_count {
	int32_t start, end;     /* "六大方向"; a sum with its quotes */
	int32_t noun_start;     /* the counted noun with its modifier, up to */
	int32_t noun_end;       /* end ("方向", "特色产业片区") */
	int32_t value;          /* declared count; a sum's total */
	int32_t parts[8];       /* PC_LIST_SUM: the summands, in order */
	int32_t nparts;
	pc_list_form form;
	int open;               /* list closed by 等 */
	int colon;              /* the list (or its first marker) follows a
	                           colon */
	int32_t list_start;     /* the whole list; 0, 0 for PC_LIST_NONE */
	int32_t list_end;
	pc_list_item *items;
	int32_t nitems;
	int32_t lo, hi;         /* fewest and most items the joiners allow */
	int32_t ref_start;      /* PC_LIST_RESTATED: the count that lists, */
	int32_t ref_end;        /* and its declared value */
	int32_t ref_value;
} pc_count;

typedef struct pc_counts {
	pc_count *c;
	int32_t n;
	size_t cap;
} pc_counts;

/* The words the parser needs: counted nouns and lead words (the action
 * verbs and quote verbs of the lexicon; a short set of prepositions such as
 * 围绕, 基于, 向 is built in). Any pointer may be NULL (no such words). */
typedef struct pc_list_lex {
	const pc_wordlist *nouns;
	const pc_wordlist *actions;
	const pc_wordlist *verbs;
} pc_list_lex;

/* The lexicon's count-noun, action and quote-verb lists. */
void pc_list_lex_init(pc_list_lex *lx, const pc_dictset *ds);

/* Every count whose first unit lies in [start, end) of the view, in text
 * order, each with its list. Lists may extend past end (ordinals, headings,
 * the counts of a sum). o may be NULL: no headings form then. Appends to
 * out (zero it first). */
void pc_counts_find(const pc_view *v, const pc_outline *o,
    const pc_list_lex *lx, int32_t start, int32_t end, pc_counts *out);

/* Non-zero if the count agrees with its list under some reading, or has no
 * list to compare. */
int pc_count_fits(const pc_count *c);

void pc_counts_free(pc_counts *cs);

const char *pc_list_form_name(pc_list_form form);

#endif
