/* Text writer: diagnostics editors understand, then a coverage summary. */
#include "pc_out.h"

#include <string.h>

static const char *const strength_zh[] = { "未涉及", "提及", "部署",
    "量化部署" };
static const char *const strength_en[] = { "missing", "mentioned",
    "deployed", "deployed with targets" };

static void
summary(FILE *fp, const pc_rfile *rf, const pc_rplan *rp, int lang)
{
	const pc_plan *p = rp->plan;
	double pct = rp->req_total ? 100.0 * rp->req_covered / rp->req_total :
	    100.0;
	int first = 1;

	if (lang == PC_LANG_ZH)
		fprintf(fp, "%s: 对照 %s（%s）：必选项 %d/%d（%.1f%%），"
		    "全部条目 %d/%d\n", rf->path, p->id,
		    p->title ? p->title : p->region, rp->req_covered,
		    rp->req_total, pct, rp->covered, rp->total);
	else
		fprintf(fp, "%s: against %s (%s): required %d/%d (%.1f%%), "
		    "all items %d/%d\n", rf->path, p->id,
		    pc_level_name(p->level), rp->req_covered, rp->req_total,
		    pct, rp->covered, rp->total);
	for (int pass = 0; pass < 2; pass++) {
		first = 1;
		for (int32_t i = 0; i < rp->nitems; i++) {
			const pc_ritem *ri = &rp->items[i];
			int covered = ri->strength > 0;

			if (!ri->item->required || covered != (pass == 0))
				continue;
			if (first)
				fputs(pass == 0 ? (lang == PC_LANG_ZH ?
				    "  已覆盖：" : "  covered: ") :
				    (lang == PC_LANG_ZH ? "  未覆盖："
				    : "  missing: "), fp);
			else
				fputs(lang == PC_LANG_ZH ? "、" : ", ", fp);
			first = 0;
			fputs(ri->item->terms[0].s, fp);
			if (covered)
				fprintf(fp, lang == PC_LANG_ZH ? "（%s）" :
				    " (%s)", lang == PC_LANG_ZH ?
				    strength_zh[ri->strength] :
				    strength_en[ri->strength]);
		}
		if (!first)
			fputc('\n', fp);
	}
}

int
pc_out_text(FILE *fp, const pc_rfile *rf, int lang, int with_summary)
{
	if (rf->error[0] != NULL)
		return ferror(fp) ? -1 : 0;
	for (int32_t i = 0; i < rf->nfindings; i++) {
		const pc_rfinding *f = &rf->findings[i];
		fprintf(fp, "%s:%d:%d: %s: %s [%s]\n", rf->path, f->line,
		    f->col, pc_severity_name(f->sev), f->msg[lang], f->rule);
	}
	if (!with_summary)
		return ferror(fp) ? -1 : 0;
	if (rf->self != NULL)
		fprintf(fp, lang == PC_LANG_ZH ? "%s: 本稿属于 %s，对照其上级规划检查\n" :
		    "%s: a draft of %s, checked against its parent plans\n",
		    rf->path, rf->self->id);
	for (int32_t p = 0; p < rf->nplans; p++)
		summary(fp, rf, &rf->plans[p], lang);
	return ferror(fp) ? -1 : 0;
}
