/* The pipeline for one input, start to end. */
#include "pc_check.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "pc_alloc.h"
#include "pc_cover.h"
#include "pc_doc.h"
#include "pc_draftonly.h"
#include "pc_git.h"
#include "pc_input.h"
#include "pc_msg.h"
#include "pc_outline.h"
#include "pc_rule.h"
#include "pc_select.h"
#include "pc_suppress.h"
#include "pc_view.h"

const pc_rule pc_rule_finding_limit = {
	"finding-limit", PC_SEV_NOTE, NULL,
	{ "more findings of one rule in a file than --max-findings",
	  "同一文件中某规则的问题数超过 --max-findings" },
	{ "A file gets at most --max-findings findings (default 1000) of any "
	  "one rule; the rest are counted, not kept, and this note, at the "
	  "first one left out, says how many there were. A draft with "
	  "thousands of findings of one rule has one cause (a wrong "
	  "punctuation setting, an unclosed quotation mark), and reporting "
	  "each would only cost time and memory. The findings are counted "
	  "before suppressions are applied. --max-findings 0 reports all.",
	  "每个文件中每条规则最多报告 --max-findings 条问题（默认 1000），其余"
	  "只计数、不保留，并在第一条未报告的问题处给出本提示，说明数量。同一"
	  "规则出现上千条问题时往往出于同一原因（标点设置错误、引号未闭合），"
	  "逐条报告只会耗费时间和内存。计数在应用抑制注释之前进行。"
	  "--max-findings 0 表示全部报告。" },
};

static int
load(const pc_checker *c, const pc_fileopts *fo, const char *path,
    pc_source *src, pc_doc *doc, pc_rfile *rf)
{
	pc_src_error err;
	int rc;

	if (fo->staged) {
		unsigned char *b = NULL;
		size_t n = 0;
		char *msg = NULL;

		if (pc_git_staged(path, &b, &n, &msg) != 0) {
			pc_result_error(rf, path, pc_xasprintf("cannot read the "
			    "staged version: %s", msg), pc_xasprintf("无法读取暂存"
			    "区中的版本：%s", msg));
			free(msg);
			return -1;
		}
		rc = pc_input_from_bytes(path, b, n, fo->informat,
		    fo->encoding, &c->limits, src, doc, &err);
		free(b);
	} else {
		rc = pc_input_read(path, fo->informat, fo->encoding,
		    &c->limits, src, doc, &err);
	}
	if (rc != 0) {
		char *en, *zh;
		pc_msg_src_error(&err, &en, &zh);
		pc_result_error(rf, path, en, zh);
		return -1;
	}
	return 0;
}

static int
rule_sev(const pc_fileopts *fo, const pc_rule *r)
{
	for (int i = 0; fo->sev != NULL && i < pc_nrules; i++)
		if (pc_rules[i] == r)
			return fo->sev[i];
	return PC_RULE_DEFAULT;
}

void
pc_check_file(const pc_checker *c, const pc_fileopts *fo, const char *path,
    pc_rfile *rf)
{
	pc_source src;
	pc_doc doc;
	pc_view view;
	pc_matches mt;
	pc_outline ol;
	pc_selection sel;
	pc_findings fs = { .limit = c->limits.max_findings };
	pc_suppressions sp;
	pc_counts counts = { NULL, 0, 0 };
	pc_cov_plan *cov;
	pc_draftonly dro;
	int gap_sev = rule_sev(fo, &pc_rule_coverage_gap);

	if (load(c, fo, path, &src, &doc, rf) != 0)
		return;
	pc_view_init(&view, &src, &doc);
	pc_matcher_run(c->m, &view, &mt);
	pc_outline_build(view.fold, view.len, doc.paras, doc.npara,
	    view.flags, pc_cover_classify, (void *)c->ds, &ol);
	/* only the PC_VF_MASK bit of view.flags is read there */

	pc_select(c->ds, &view, fo->self, fo->plans, fo->nplans, &sel);
	cov = pc_xcalloc((size_t)sel.n + 1, sizeof(*cov));
	for (int32_t i = 0; i < sel.n; i++) {
		pc_cover_plan(sel.plans[i], c->ds, &mt, &view, &ol, &cov[i]);
		if (gap_sev != PC_RULE_OFF)
			pc_cover_gaps(&cov[i], gap_sev == PC_RULE_DEFAULT ?
			    pc_rule_coverage_gap.sev : (pc_severity)gap_sev,
			    &fs);
	}
	{
		pc_rule_ctx rc;
		pc_list_lex lx;

		pc_list_lex_init(&lx, c->ds);
		pc_counts_find(&view, &ol, &lx, 0, view.len, &counts);
		memset(&rc, 0, sizeof(rc));
		rc.counts = &counts;
		rc.ds = c->ds;
		rc.v = &view;
		rc.o = &ol;
		rc.mt = &mt;
		rc.sel = &sel;
		rc.period_start = fo->period_start;
		rc.period_end = fo->period_end;
		rc.refs = c->refs ? c->refs->r : NULL;
		rc.nrefs = c->refs ? c->refs->n : 0;
		pc_rules_run(&rc, fo->sev, &fs);
	}
	if (mt.limit_errors > 0 &&
	    rule_sev(fo, &pc_rule_pattern_limit) != PC_RULE_OFF) {
		int sv = rule_sev(fo, &pc_rule_pattern_limit);
		const pc_item *it = mt.limit_item;

		pc_findings_add(&fs, pc_rule_pattern_limit.id,
		    sv == PC_RULE_DEFAULT ? pc_rule_pattern_limit.sev :
		    (pc_severity)sv, 0, 0,
		    pc_xasprintf("%d pattern run(s) stopped at the PCRE2 match "
		    "limit, first for item \"%s\" of %s (%s:%d)",
		    (int)mt.limit_errors, it->id, it->plan->id, it->plan->path,
		    it->line),
		    pc_xasprintf("%d 次正则匹配因 PCRE2 上限中止，首次发生于 %s 的"
		    "条目“%s”（%s:%d）", (int)mt.limit_errors, it->plan->id,
		    it->id, it->plan->path, it->line));
	}
	for (int32_t i = 0; i < fs.nrules; i++) {
		const pc_rulecount *k = &fs.rules[i];
		int sv = rule_sev(fo, &pc_rule_finding_limit);

		if (k->dropped == 0 || sv == PC_RULE_OFF)
			continue;
		pc_findings_add(&fs, pc_rule_finding_limit.id,
		    sv == PC_RULE_DEFAULT ? pc_rule_finding_limit.sev :
		    (pc_severity)sv, k->start, k->end,
		    pc_xasprintf("%d more %s finding(s) in this file not shown "
		    "(at most %d per rule; --max-findings)", (int)k->dropped,
		    k->rule, (int)fs.limit),
		    pc_xasprintf("本文件另有 %d 条 %s 问题未显示（每条规则最多 %d "
		    "条；--max-findings）", (int)k->dropped, k->rule,
		    (int)fs.limit));
	}
	pc_suppress_scan(&view, &sp);
	pc_suppress_apply(&sp, &fs, fo->report_unused);
	pc_suppressions_free(&sp);
	pc_draftonly_find(&counts, &view, &ol, &mt, &sel, &dro);
	pc_result_build(rf, &src, &view, &ol, &fs, cov, sel.n, sel.self,
	    &dro, c->unit, c->sentences);
	pc_draftonly_free(&dro);

	for (int32_t i = 0; i < sel.n; i++)
		pc_cov_plan_free(&cov[i]);
	free(cov);
	pc_selection_free(&sel);
	pc_findings_free(&fs);
	pc_counts_free(&counts);
	pc_outline_free(&ol);
	pc_matches_free(&mt);
	pc_view_free(&view);
	pc_doc_free(&doc);
	pc_source_free(&src);
}

static void
put_utf8(FILE *fp, const UChar *s, int32_t n)
{
	char buf[1024];
	int32_t k = 0;
	UErrorCode ec = U_ZERO_ERROR;

	while (n > 0) {
		int32_t chunk = n > 256 ? 256 : n;
		if (chunk < n && U16_IS_LEAD(s[chunk - 1]))
			chunk--;
		ec = U_ZERO_ERROR;
		u_strToUTF8WithSub(buf, sizeof(buf), &k, s, chunk, 0xFFFD,
		    NULL, &ec);
		fwrite(buf, 1, (size_t)k, fp);
		s += chunk;
		n -= chunk;
	}
}

static int
blank(const UChar *s, int32_t n)
{
	for (int32_t k = 0; k < n; k++)
		if (s[k] != ' ' && s[k] != '\t' && s[k] != 0x3000)
			return 0;
	return 1;
}

int
pc_check_tokens(const pc_checker *c, const pc_fileopts *fo,
    const char *path, FILE *fp, pc_rfile *rf)
{
	pc_source src;
	pc_doc doc;
	pc_view view;
	if (load(c, fo, path, &src, &doc, rf) != 0)
		return -1;
	pc_view_init(&view, &src, &doc);
	pc_matcher_tokens(c->m, &view);
	for (int32_t i = 0, tok = 0, on_line = 0; i <= view.len; i++) {
		int eol = i == view.len || view.text[i] == '\n';
		int in_mask = i > 0 && i < view.len &&
		    (view.flags[i] & PC_VF_MASK) &&
		    (view.flags[i - 1] & PC_VF_MASK);

		if (i > tok && (eol || ((view.flags[i] & PC_VF_BOUND) &&
		    !in_mask))) {
			if (!blank(view.text + tok, i - tok)) {
				if (on_line++)
					fputs("  ", fp);
				put_utf8(fp, view.text + tok, i - tok);
			}
			tok = i;
		}
		if (eol && i < view.len) {
			fputc('\n', fp);
			tok = i + 1;
			on_line = 0;
		}
	}
	pc_view_free(&view);
	pc_doc_free(&doc);
	pc_source_free(&src);
	return 0;
}
