/* Writing a whole run's results in any format. */
#include "pc_out.h"

#include <string.h>

#include "pc_opts.h"
#include "pc_report.h"

int
pc_out_all(FILE *fp, const pc_opts *o, const pc_dictset *ds,
    const pc_rfile *files, int32_t n)
{
	int rc = 0;

	switch (o->format) {
	case PC_FMT_JSON:
		return pc_out_json(fp, ds, files, n, o->lang);
	case PC_FMT_SARIF:
		return pc_out_sarif(fp, files, n, o->lang);
	case PC_FMT_HTML:
	case PC_FMT_MD: {
		pc_report_in in;

		memset(&in, 0, sizeof(in));
		in.ds = ds;
		in.files = files;
		in.n = n;
		in.lang = o->lang;
		in.when = pc_report_time();
		return o->format == PC_FMT_HTML ? pc_out_html(fp, &in) :
		    pc_out_md(fp, &in);
	}
	default:
		break;
	}
	for (int32_t i = 0; i < n && rc == 0; i++) {
		switch (o->format) {
		case PC_FMT_JSONL:
			rc = pc_out_jsonl(fp, ds, &files[i], o->lang);
			break;
		case PC_FMT_GITHUB:
			rc = pc_out_github(fp, &files[i], o->lang);
			break;
		case PC_FMT_CSV:
			rc = pc_out_csv(fp, &files[i], o->lang, i == 0);
			break;
		default:
			rc = pc_out_text(fp, &files[i], o->lang, !o->no_summary);
			break;
		}
	}
	return rc;
}
