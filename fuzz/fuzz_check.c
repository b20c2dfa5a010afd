/* Fuzz target: the whole check pipeline (pc_check_file: input sniffing and
 * reading, matching, outline, coverage, every rule, suppressions, the
 * result) on the input written to a file, with the bundled dictionaries
 * loaded once, then every writer on the result. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "fuzz.h"
#include "pc_check.h"
#include "pc_out.h"
#include "pc_report.h"
#include "pc_result.h"

/* The HTML report is polyglot XHTML: whatever the draft holds, the page
 * must parse as XML (nothing from the draft escapes into markup). */
static void
check_report(const pc_dictset *ds, const pc_rfile *rf, int lang)
{
	pc_report_in in;
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);
	xmlDocPtr doc;

	if (fp == NULL)
		pc_fuzz_fail("open_memstream");
	memset(&in, 0, sizeof(in));
	in.ds = ds;
	in.files = rf;
	in.n = 1;
	in.lang = lang;
	in.when = 0;
	pc_out_html(fp, &in);
	fclose(fp);
	doc = xmlReadMemory(buf, (int)n, "report.html", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL)
		pc_fuzz_fail("the HTML report is not well-formed XML");
	xmlFreeDoc(doc);
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	const pc_matcher *m;
	const pc_dictset *ds = pc_fuzz_bundled(&m);
	pc_checker ck;
	pc_fileopts fo;
	pc_rfile rf;
	char *path;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL)
		pc_fuzz_fail("cannot open /dev/null");
	memset(&ck, 0, sizeof(ck));
	ck.ds = ds;
	ck.m = m;
	ck.refs = NULL;
	ck.limits.max_input = (size_t)64 << 20;
	ck.limits.max_part = (size_t)16 << 20;
	ck.limits.max_depth = 256;
	ck.unit = (pc_unit)(size % 3);
	ck.sentences = 1;
	memset(&fo, 0, sizeof(fo));
	fo.informat = PC_IN_AUTO;
	path = pc_fuzz_write("draft.txt", data, size);
	memset(&rf, 0, sizeof(rf));
	pc_check_file(&ck, &fo, path, &rf);
	for (int l = 0; l < PC_NLANG; l++)
		if (rf.error[l] != NULL && strchr(rf.error[l], '\n') != NULL &&
		    !pc_fuzz_known("multiline"))
			pc_fuzz_fail("input error of more than one line");
	for (int32_t i = 0; i < rf.nfindings; i++) {
		const pc_rfinding *f = &rf.findings[i];

		if (f->line < 0 || f->col < 0 || f->rule == NULL ||
		    f->msg[0] == NULL)
			pc_fuzz_fail("finding without position or message");
		for (int l = 0; l < PC_NLANG; l++)
			if (f->msg[l] != NULL && strchr(f->msg[l], '\n') &&
			    !pc_fuzz_known("multiline"))
				pc_fuzz_fail("finding message of more than "
				    "one line");
	}
	pc_out_text(null, &rf, (int)(size % 2), 1);
	pc_out_json(null, ds, &rf, 1, 0);
	pc_out_jsonl(null, ds, &rf, 1);
	pc_out_sarif(null, &rf, 1, 1);
	pc_out_csv(null, &rf, 0, 1);
	pc_out_github(null, &rf, 0);
	{
		pc_report_in in;

		memset(&in, 0, sizeof(in));
		in.ds = ds;
		in.files = &rf;
		in.n = 1;
		in.lang = (int)(size % 2);
		pc_out_md(null, &in);
	}
	check_report(ds, &rf, (int)(size % 2));
	pc_rfile_free(&rf);
	free(path);
	return 0;
}
