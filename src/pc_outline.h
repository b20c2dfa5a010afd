/* Outline: the headings of a document (第X章, 第X节, 一、, （一）, 1., （1）,
 * and paragraphs with a heading style from DOCX/HTML), nested as the document
 * nests them, and the kind of section every position is in.
 *
 * Levels are taken from the document, not forced: a heading whose marker
 * type is already open on the stack closes everything down to it (a
 * sibling); any other marker type opens a child of the innermost heading.
 * So "四、 … （一）第一章 … 第一节 …" nests three deep.
 *
 * Run-in headings: 第X节 / 第X章 also start a heading after a sentence end
 * inside a paragraph ("。第二节面临形势，…"); their title runs to the first
 * ，。：；！？ or the paragraph end. Other marker types start a heading only at
 * the start of a paragraph (after whitespace and masked text).
 *
 * Ownership: pc_outline owns its heading array; pc_outline_free releases it. */
#ifndef PC_OUTLINE_H
#define PC_OUTLINE_H

#include <stdint.h>
#include <unicode/utypes.h>

#include "pc_doc.h"

typedef enum pc_hmark {
	PC_HM_CHAPTER,      /* 第X章 */
	PC_HM_SECTION,      /* 第X节 */
	PC_HM_CN,           /* 一、 */
	PC_HM_CN_PAREN,     /* （一） or (一) */
	PC_HM_ARABIC,       /* 1. or 1． or 1、 */
	PC_HM_ARABIC_PAREN, /* （1） or (1) */
	PC_HM_STYLE         /* heading style without a number */
} pc_hmark;

typedef enum pc_skind {
	PC_SK_NONE = 0,
	PC_SK_BACKGROUND,   /* 起草背景, 发展基础, 面临形势, 回顾 … */
	PC_SK_GOALS,        /* 目标, 定位, 指标 … */
	PC_SK_TASKS,        /* 重点产业, 重点任务, 空间布局 … */
	PC_SK_MEASURES      /* 保障措施 … */
} pc_skind;

typedef struct pc_heading {
	int32_t start;        /* offset of the marker */
	int32_t title_start;  /* title text, after the marker */
	int32_t title_end;
	int32_t end;          /* end of the section (start of the next heading
	                         at the same or an outer level, or text end) */
	pc_hmark mark;
	int32_t number;       /* value of the marker's numeral; 0 for STYLE */
	int32_t depth;        /* 0 for outermost */
	int32_t parent;       /* index of the enclosing heading, or -1 */
	int32_t para;         /* paragraph index */
	int run_in;           /* started after a sentence end, not a paragraph start */
	pc_skind own_kind;    /* from its title words */
	pc_skind kind;        /* own_kind, or inherited from the parent */
} pc_heading;

typedef struct pc_outline {
	pc_heading *h;        /* in document order */
	int32_t n;
} pc_outline;

/* Classify a heading title; ctx is passed through. */
typedef pc_skind (*pc_outline_classify)(const UChar *title, int32_t len,
    void *ctx);

/* Build the outline of text[0..len) (the folded view: full-width digits and
 * Latin already ASCII) cut into paras; bit 0 (PC_VF_MASK) of masked[i] marks code units to
 * skip (Word export leftovers), may be NULL. classify may be NULL (all
 * kinds PC_SK_NONE). */
void pc_outline_build(const UChar *text, int32_t len, const pc_para *paras,
    int32_t npara, const uint8_t *masked, pc_outline_classify classify,
    void *ctx, pc_outline *out);

/* Index of the innermost heading whose section contains off (its marker
 * start <= off < end), or -1. */
int32_t pc_outline_at(const pc_outline *o, int32_t off);

void pc_outline_free(pc_outline *o);

#endif
