/* plancheck: parse the options, then drive — --explain, --help,
 * --version, --print-config, dict lint, merge, or a run over the inputs
 * (pc_run.c). */
#include <stdio.h>
#include <stdlib.h>

#include <libxml/parser.h>
#include <unicode/uclean.h>

#include "pc_lint.h"
#include "pc_merge.h"
#include "pc_opts.h"
#include "pc_paths.h"
#include "pc_rule.h"
#include "pc_run.h"

/* --explain RULE: the rule's documentation. */
static int
explain(const pc_opts *o)
{
	const pc_rule *r = pc_rule_find(o->explain);

	if (r == NULL) {
		fprintf(stderr, o->lang == PC_LANG_ZH ?
		    "plancheck: 没有规则 %s；规则有：" :
		    "plancheck: no rule %s; the rules are:", o->explain);
		for (int i = 0; i < pc_nrules; i++)
			fprintf(stderr, " %s", pc_rules[i]->id);
		fputc('\n', stderr);
		return 2;
	}
	printf("%s (%s)\n%s\n\n%s\n", r->id, pc_severity_name(r->sev),
	    r->summary[o->lang], r->doc[o->lang]);
	return 0;
}

/* plancheck dict lint [DIR]: the bundled set by default. */
static int
dict_lint(const pc_opts *o)
{
	const char *env = getenv("PLANCHECK_DICTS");
	const char *dir = o->ninputs > 0 ? o->inputs[0] : o->dicts ? o->dicts :
	    env != NULL && *env != '\0' ? env : pc_paths_dictdir();

	return pc_lint_run(dir, pc_paths_dictdir(), o->lang, stdout);
}

int
main(int argc, char **argv)
{
	pc_opts o;
	char *en = NULL, *zh = NULL;
	int status;

	if (pc_opts_parse(&o, argc, argv, &en, &zh) != 0) {
		fprintf(stderr, "plancheck: %s\n",
		    o.lang == PC_LANG_ZH ? zh : en);
		free(en);
		free(zh);
		pc_opts_free(&o);
		return 2;
	}
	if (o.explain != NULL)
		status = explain(&o);
	else if (o.help)
		pc_opts_help(stdout, o.lang), status = 0;
	else if (o.version)
		printf("plancheck %s\n", PC_VERSION), status = 0;
	else if (o.print_config != NULL)
		status = pc_run_print_config(&o);
	else if (o.command == PC_CMD_DICT_LINT)
		status = dict_lint(&o);
	else if (o.command == PC_CMD_MERGE)
		status = pc_merge_main(&o);
	else
		status = pc_run_main(&o);
	if ((fflush(stdout) != 0 || ferror(stdout)) && status < 2) {
		fputs("plancheck: cannot write standard output / "
		    "写入标准输出失败\n", stderr);
		status = 2;
	}
	pc_opts_free(&o);
	xmlCleanupParser();
	u_cleanup();
	return status;
}
