/* GitHub Actions workflow commands: one ::error/::warning/::notice line
 * per finding, which the runner turns into annotations on the diff. */
#include "pc_out.h"

/* Data and property values are escaped as the runner expects. */
static void
put_escaped(FILE *fp, const char *s, int property)
{
	for (; *s; s++) {
		switch (*s) {
		case '%':
			fputs("%25", fp);
			break;
		case '\r':
			fputs("%0D", fp);
			break;
		case '\n':
			fputs("%0A", fp);
			break;
		case ':':
			fputs(property ? "%3A" : ":", fp);
			break;
		case ',':
			fputs(property ? "%2C" : ",", fp);
			break;
		default:
			fputc(*s, fp);
		}
	}
}

int
pc_out_github(FILE *fp, const pc_rfile *rf, int lang)
{
	if (rf->error[0] != NULL) {
		fputs("::error file=", fp);
		put_escaped(fp, rf->path, 1);
		fputs("::", fp);
		put_escaped(fp, rf->error[lang], 0);
		fputc('\n', fp);
	}
	for (int32_t i = 0; i < rf->nfindings; i++) {
		const pc_rfinding *f = &rf->findings[i];
		const char *cmd = f->sev == PC_SEV_ERROR ? "error" :
		    f->sev == PC_SEV_WARNING ? "warning" : "notice";

		fprintf(fp, "::%s file=", cmd);
		put_escaped(fp, rf->path, 1);
		fprintf(fp, ",line=%d,col=%d,endLine=%d,endColumn=%d,title=",
		    f->line, f->col, f->end_line, f->end_col);
		put_escaped(fp, f->rule, 1);
		fputs("::", fp);
		put_escaped(fp, f->msg[lang], 0);
		fputc('\n', fp);
	}
	return ferror(fp) ? -1 : 0;
}
