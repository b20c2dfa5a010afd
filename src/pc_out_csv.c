/* CSV writer (RFC 4180): coverage rows (file × plan) and finding rows in
 * one table, told apart by the first column. */
#include "pc_out.h"

#include <string.h>

static void
field(FILE *fp, const char *s, int last)
{
	if (strpbrk(s, ",\"\r\n") != NULL) {
		fputc('"', fp);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', fp);
			fputc(*s, fp);
		}
		fputc('"', fp);
	} else {
		fputs(s, fp);
	}
	fputs(last ? "\r\n" : ",", fp);
}

static void
num(FILE *fp, long v)
{
	fprintf(fp, "%ld,", v);
}

int
pc_out_csv(FILE *fp, const pc_rfile *rf, int lang, int header)
{
	if (header)
		fputs("kind,path,plan,level,covered,total,ratio,"
		    "required_covered,required_total,rule,severity,line,"
		    "column,message\r\n", fp);
	if (rf->error[0] != NULL) {
		fputs("error,", fp);
		field(fp, rf->path, 0);
		fputs(",,,,,,,input,error,,,", fp);
		field(fp, rf->error[lang], 1);
	}
	for (int32_t p = 0; p < rf->nplans; p++) {
		const pc_rplan *rp = &rf->plans[p];

		fputs("coverage,", fp);
		field(fp, rf->path, 0);
		field(fp, rp->plan->id, 0);
		field(fp, pc_level_name(rp->plan->level), 0);
		num(fp, rp->covered);
		num(fp, rp->total);
		fprintf(fp, "%.4f,", rp->total ? (double)rp->covered /
		    rp->total : 0.0);
		num(fp, rp->req_covered);
		num(fp, rp->req_total);
		fputs(",,,,\r\n", fp);
	}
	for (int32_t i = 0; i < rf->nfindings; i++) {
		const pc_rfinding *f = &rf->findings[i];

		fputs("finding,", fp);
		field(fp, rf->path, 0);
		fputs(",,,,,,,", fp);
		field(fp, f->rule, 0);
		field(fp, pc_severity_name(f->sev), 0);
		num(fp, f->line);
		num(fp, f->col);
		field(fp, f->msg[lang], 1);
	}
	return ferror(fp) ? -1 : 0;
}
