/* Writing a whole run's results in any format. */
#include "pc_out.h"

#include "pc_opts.h"

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
