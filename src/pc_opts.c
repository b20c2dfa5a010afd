/* Option parsing and --help, both from one table. */
#include "pc_opts.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pc_alloc.h"
#include "pc_finding.h"

typedef enum opt_id {
	O_FORMAT, O_LANG, O_UNIT, O_ENCODING, O_DICTS, O_PLAN, O_SELF,
	O_FAIL_ON, O_MIN_COVERAGE, O_MAX_SIZE, O_MAX_PART, O_MAX_DEPTH,
	O_MATCH_LIMIT, O_DEPTH_LIMIT, O_MAX_FINDINGS,
	O_INFORMAT, O_PERIOD, O_REF, O_EXPLAIN, O_CONFIG, O_NO_CONFIG,
	O_OUTPUT, O_JOBS, O_NO_SUMMARY, O_PRINT_CONFIG, O_UNUSED, O_BASELINE, O_WRITE_BASELINE, O_STAGED, O_DIFF, O_SINCE,
	O_HELP, O_VERSION
} opt_id;

static const struct opt {
	opt_id id;
	char shortname;
	const char *name;
	const char *arg;         /* NULL: a flag */
	const char *help_en;
	const char *help_zh;
} opts[] = {
	{ O_FORMAT, 'f', "format", "FMT",
	  "output format: text (default), json, jsonl, sarif, github, csv, "
	  "html, md (the alignment report)",
	  "输出格式：text（默认）、json、jsonl、sarif、github、csv、html、md"
	  "（衔接对照报告）" },
	{ O_LANG, 0, "lang", "LANG",
	  "language of messages: zh or en (default: from the locale)",
	  "消息语言：zh 或 en（默认随区域设置）" },
	{ O_UNIT, 0, "column-unit", "UNIT",
	  "count columns in char (default), byte or utf16",
	  "列号单位：char（字符，默认）、byte（字节）或 utf16" },
	{ O_ENCODING, 'e', "encoding", "ENC",
	  "read inputs as ENC: utf-8, utf-16le, utf-16be, gb18030, gbk, big5",
	  "按指定编码读取输入：utf-8、utf-16le、utf-16be、gb18030、gbk、big5" },
	{ O_DICTS, 'd', "dicts", "DIR",
	  "load dictionaries from DIR instead of the bundled set",
	  "从 DIR 加载词典，代替内置词典" },
	{ O_PLAN, 'p', "plan", "ID,...",
	  "check against these plans only",
	  "只对照这些规划检查" },
	{ O_SELF, 0, "self", "ID",
	  "the draft belongs to plan ID: check against its parent plans",
	  "草稿属于规划 ID：对照其上级规划检查" },
	{ O_FAIL_ON, 0, "fail-on", "LEVEL",
	  "exit 1 on a finding at LEVEL or above: error (default), warning, "
	  "note, never",
	  "存在该级别及以上问题时退出码为 1：error（默认）、warning、note、never" },
	{ O_MIN_COVERAGE, 0, "min-coverage", "PCT",
	  "exit 1 if a plan's required items are covered below PCT percent",
	  "任一规划必选项覆盖率低于 PCT% 时退出码为 1" },
	{ O_MAX_SIZE, 0, "max-input-size", "BYTES",
	  "refuse inputs larger than BYTES (default 268435456)",
	  "拒绝大于 BYTES 字节的输入（默认 268435456）" },
	{ O_MAX_PART, 0, "max-part-size", "BYTES",
	  "refuse DOCX parts that expand beyond BYTES (default 67108864)",
	  "拒绝解压后超过 BYTES 字节的 DOCX 部件（默认 67108864）" },
	{ O_MAX_DEPTH, 0, "max-depth", "N",
	  "refuse DOCX/HTML markup nested deeper than N (default 256)",
	  "拒绝嵌套深度超过 N 的 DOCX/HTML 标记（默认 256）" },
	{ O_MATCH_LIMIT, 0, "pcre2-match-limit", "N",
	  "stop a dictionary pattern's run after N PCRE2 match steps "
	  "(default 100000)",
	  "词典正则每次匹配最多 N 步（PCRE2 match limit，默认 100000）" },
	{ O_DEPTH_LIMIT, 0, "pcre2-depth-limit", "N",
	  "stop a dictionary pattern's run at backtracking depth N "
	  "(default 1000)",
	  "词典正则每次匹配回溯深度最多 N（PCRE2 depth limit，默认 1000）" },
	{ O_MAX_FINDINGS, 0, "max-findings", "N",
	  "report at most N findings per rule per file, then one note with "
	  "the number left out; 0: all (default 1000)",
	  "每个文件每条规则最多报告 N 条问题，其余以一条提示说明数量；0 为"
	  "全部报告（默认 1000）" },
	{ O_INFORMAT, 0, "input-format", "FMT",
	  "read inputs as text, docx or html (default: by content)",
	  "按 text、docx 或 html 读取输入（默认按内容判断）" },
	{ O_PERIOD, 0, "period", "START-END",
	  "plan period for period-year, e.g. 2026-2030 (default: from the "
	  "title)",
	  "period-year 规则使用的规划期，如 2026-2030（默认取自标题）" },
	{ O_REF, 0, "ref", "[TITLE=]FILE",
	  "reference text of a quoted document for quote-check (title: the "
	  "file's first line); repeatable",
	  "quote-check 使用的被引文件原文（标题默认取文件首行）；可重复" },
	{ O_EXPLAIN, 0, "explain", "RULE",
	  "describe a rule and exit",
	  "说明一条规则后退出" },
	{ O_OUTPUT, 'o', "output", "FILE",
	  "write the output to FILE (whole or not at all) instead of "
	  "standard output",
	  "把输出写入 FILE（要么完整写入，要么不写），而不是标准输出" },
	{ O_JOBS, 'j', "jobs", "N",
	  "check N files in parallel (0: one per processor; default 1); "
	  "the output is the same",
	  "并行检查 N 个文件（0 表示每个处理器一个；默认 1）；输出不变" },
	{ O_NO_SUMMARY, 'q', "no-summary", NULL,
	  "text output: the diagnostics only, no coverage summary",
	  "文本输出只列问题，不附覆盖汇总" },
	{ O_CONFIG, 'c', "config", "FILE",
	  "use this configuration file for every input",
	  "所有输入都使用此配置文件" },
	{ O_NO_CONFIG, 0, "no-config", NULL,
	  "ignore configuration files",
	  "不读取任何配置文件" },
	{ O_PRINT_CONFIG, 0, "print-config", "FILE",
	  "print the settings that apply to FILE and exit",
	  "打印适用于 FILE 的设置后退出" },
	{ O_UNUSED, 0, "report-unused-suppressions", NULL,
	  "warn about plancheck-disable comments that suppress nothing",
	  "对未屏蔽任何问题的 plancheck-disable 注释给出警告" },
	{ O_BASELINE, 0, "baseline", "FILE",
	  "do not report the findings recorded in FILE",
	  "不报告 FILE 中已记录的问题" },
	{ O_WRITE_BASELINE, 0, "write-baseline", "FILE",
	  "record this run's findings in FILE",
	  "把本次发现的问题记录到 FILE" },
	{ O_STAGED, 0, "staged", NULL,
	  "check the version of each file staged in git",
	  "检查各文件在 git 暂存区中的版本" },
	{ O_DIFF, 0, "diff", "REF",
	  "report only findings on lines changed since git revision REF",
	  "只报告自 git 版本 REF 以来改动行上的问题" },
	{ O_SINCE, 0, "since", "FILE",
	  "html, md: show what changed since FILE, the previous version of "
	  "the (first) draft",
	  "html、md：列出（第一份）草稿相对上一稿 FILE 的变化" },
	{ O_HELP, 'h', "help", NULL, "show this help", "显示本帮助" },
	{ O_VERSION, 'V', "version", NULL, "show the version", "显示版本" },
};
#define NOPTS (sizeof(opts) / sizeof(opts[0]))

int
pc_opts_env_lang(void)
{
	const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (v != NULL && *v != '\0')
			return strncmp(v, "zh", 2) == 0 ? PC_LANG_ZH :
			    PC_LANG_EN;
	}
	return PC_LANG_EN;
}

void
pc_opts_help(FILE *fp, int lang)
{
	if (lang == PC_LANG_ZH)
		fputs("用法：plancheck [选项] 文件|目录|- ...\n"
		    "      plancheck tokens [选项] 文件 ...\n"
		    "      plancheck merge [选项] 分片.jsonl ...\n"
		    "      plancheck dict lint [选项] [目录]\n"
		    "对照上级规划检查中文规划草稿的覆盖与一致性。\n\n选项：\n",
		    fp);
	else
		fputs("usage: plancheck [options] FILE|DIR|- ...\n"
		    "       plancheck tokens [options] FILE ...\n"
		    "       plancheck merge [options] SHARD.jsonl ...\n"
		    "       plancheck dict lint [options] [DIR]\n"
		    "Check Chinese plan drafts for coverage of and consistency "
		    "with the plans above them.\n\noptions:\n", fp);
	for (size_t i = 0; i < NOPTS; i++) {
		char left[64];
		const struct opt *o = &opts[i];

		if (o->shortname)
			snprintf(left, sizeof(left), "-%c, --%s%s%s",
			    o->shortname, o->name, o->arg ? " " : "",
			    o->arg ? o->arg : "");
		else
			snprintf(left, sizeof(left), "    --%s%s%s", o->name,
			    o->arg ? " " : "", o->arg ? o->arg : "");
		fprintf(fp, "  %-28s %s\n", left,
		    lang == PC_LANG_ZH ? o->help_zh : o->help_en);
	}
	if (lang == PC_LANG_ZH)
		fputs("\n退出码：0 无问题；1 存在达到 --fail-on 级别的问题或覆盖率"
		    "低于 --min-coverage；2 用法、词典或输入错误。\n", fp);
	else
		fputs("\nexit status: 0 clean; 1 a finding at the --fail-on "
		    "level or coverage below --min-coverage; 2 a usage, "
		    "dictionary or input error.\n", fp);
}

static int
usage_error(char **en, char **zh, const char *what, const char *arg)
{
	*en = pc_xasprintf("%s: %s", what, arg);
	*zh = pc_xasprintf("%s：%s", what, arg);
	return -1;
}

static void
split_plans(pc_opts *o, const char *arg)
{
	size_t cap = (size_t)o->nplans;
	const char *p = arg;

	while (*p != '\0') {
		const char *q = strchr(p, ',');
		size_t n = q ? (size_t)(q - p) : strlen(p);
		if (n > 0) {
			pc_grow(&o->plans, &cap, (size_t)o->nplans + 1,
			    sizeof(*o->plans));
			o->plans[o->nplans++] = pc_xstrndup(p, n);
		}
		p += n;
		if (*p == ',')
			p++;
	}
}

static int
apply(pc_opts *o, const struct opt *op, const char *arg, char **en,
    char **zh)
{
	char *end;

	switch (op->id) {
	case O_FORMAT:
		if (strcmp(arg, "text") == 0)
			o->format = PC_FMT_TEXT;
		else if (strcmp(arg, "json") == 0)
			o->format = PC_FMT_JSON;
		else if (strcmp(arg, "jsonl") == 0)
			o->format = PC_FMT_JSONL;
		else if (strcmp(arg, "sarif") == 0)
			o->format = PC_FMT_SARIF;
		else if (strcmp(arg, "github") == 0)
			o->format = PC_FMT_GITHUB;
		else if (strcmp(arg, "csv") == 0)
			o->format = PC_FMT_CSV;
		else if (strcmp(arg, "html") == 0)
			o->format = PC_FMT_HTML;
		else if (strcmp(arg, "md") == 0)
			o->format = PC_FMT_MD;
		else
			return usage_error(en, zh, "unknown format / 未知格式",
			    arg);
		break;
	case O_LANG:
		if (strncmp(arg, "zh", 2) == 0)
			o->lang = PC_LANG_ZH;
		else if (strncmp(arg, "en", 2) == 0)
			o->lang = PC_LANG_EN;
		else
			return usage_error(en, zh,
			    "unknown language / 未知语言", arg);
		break;
	case O_UNIT:
		if (strcmp(arg, "char") == 0)
			o->unit = PC_UNIT_CHAR;
		else if (strcmp(arg, "byte") == 0)
			o->unit = PC_UNIT_BYTE;
		else if (strcmp(arg, "utf16") == 0)
			o->unit = PC_UNIT_UTF16;
		else
			return usage_error(en, zh,
			    "unknown column unit / 未知列号单位", arg);
		break;
	case O_ENCODING:
		if (pc_source_encoding_name(arg) == NULL)
			return usage_error(en, zh,
			    "unsupported encoding / 不支持的编码", arg);
		o->encoding = arg;
		break;
	case O_DICTS:
		o->dicts = arg;
		break;
	case O_PLAN:
		split_plans(o, arg);
		break;
	case O_SELF:
		o->self = arg;
		break;
	case O_FAIL_ON:
		if (strcmp(arg, "never") == 0)
			o->fail_on = PC_FAIL_NEVER;
		else if ((o->fail_on = pc_severity_parse(arg)) < 0)
			return usage_error(en, zh,
			    "unknown level / 未知级别", arg);
		o->set_fail_on = 1;
		break;
	case O_MIN_COVERAGE:
		o->min_coverage = strtod(arg, &end);
		if (*arg == '\0' || *end != '\0' ||
		    !(o->min_coverage >= 0 && o->min_coverage <= 100))
			return usage_error(en, zh, "--min-coverage needs a "
			    "percentage 0-100 / 需要 0-100 的百分数", arg);
		o->set_min_coverage = 1;
		break;
	case O_MAX_SIZE:
	case O_MAX_PART:
	case O_MAX_DEPTH:
	case O_MATCH_LIMIT:
	case O_DEPTH_LIMIT:
	case O_MAX_FINDINGS: {
		unsigned long long v = strtoull(arg, &end, 10);
		unsigned long long most = op->id == O_MAX_DEPTH ? 1000000 :
		    op->id == O_MAX_SIZE || op->id == O_MAX_PART ? SIZE_MAX :
		    op->id == O_MAX_FINDINGS ? INT32_MAX : UINT32_MAX;
		if (*arg < '0' || *arg > '9' || *end != '\0' ||
		    (v == 0 && op->id != O_MAX_FINDINGS) || v > most) {
			char *what = pc_xasprintf("--%s needs a whole number "
			    "from %d to %llu / 需要 %d 至 %llu 的整数", op->name,
			    op->id == O_MAX_FINDINGS ? 0 : 1, most,
			    op->id == O_MAX_FINDINGS ? 0 : 1, most);
			int rc = usage_error(en, zh, what, arg);

			free(what);
			return rc;
		}
		if (op->id == O_MAX_SIZE)
			o->limits.max_input = (size_t)v;
		else if (op->id == O_MAX_PART)
			o->limits.max_part = (size_t)v;
		else if (op->id == O_MAX_DEPTH)
			o->limits.max_depth = (int)v;
		else if (op->id == O_MATCH_LIMIT)
			o->limits.match_limit = (uint32_t)v;
		else if (op->id == O_DEPTH_LIMIT)
			o->limits.depth_limit = (uint32_t)v;
		else
			o->limits.max_findings = (int32_t)v;
		break;
	}
	case O_INFORMAT:
		if (strcmp(arg, "auto") == 0)
			o->informat = PC_IN_AUTO;
		else if (strcmp(arg, "text") == 0)
			o->informat = PC_IN_TEXT;
		else if (strcmp(arg, "docx") == 0)
			o->informat = PC_IN_DOCX;
		else if (strcmp(arg, "html") == 0)
			o->informat = PC_IN_HTML;
		else
			return usage_error(en, zh,
			    "unknown input format / 未知输入格式", arg);
		o->set_informat = 1;
		break;
	case O_PERIOD: {
		long a = strtol(arg, &end, 10), b = -1;
		if (*end == '-' || *end == ':')
			b = strtol(end + 1, &end, 10);
		if (*end != '\0' || a < 1949 || b < a || b > 2200)
			return usage_error(en, zh, "--period needs START-END, "
			    "e.g. 2026-2030 / 需要“起始年-结束年”", arg);
		o->period_start = (int)a;
		o->period_end = (int)b;
		o->set_period = 1;
		break;
	}
	case O_REF:
		o->refs[o->nrefs++] = arg;
		break;
	case O_EXPLAIN:
		o->explain = arg;
		break;
	case O_OUTPUT:
		o->output = arg;
		break;
	case O_JOBS: {
		long v = strtol(arg, &end, 10);
		if (*arg < '0' || *arg > '9' || *end != '\0' || v > 256)
			return usage_error(en, zh, "-j needs a number 0-256 / "
			    "需要 0-256 的数", arg);
		o->jobs = v == 0 ? (int)sysconf(_SC_NPROCESSORS_ONLN) : (int)v;
		if (o->jobs < 1)
			o->jobs = 1;
		break;
	}
	case O_NO_SUMMARY:
		o->no_summary = 1;
		break;
	case O_CONFIG:
		o->config = arg;
		break;
	case O_NO_CONFIG:
		o->no_config = 1;
		break;
	case O_PRINT_CONFIG:
		o->print_config = arg;
		break;
	case O_UNUSED:
		o->report_unused = 1;
		break;
	case O_BASELINE:
		o->baseline = arg;
		break;
	case O_WRITE_BASELINE:
		o->write_baseline = arg;
		break;
	case O_STAGED:
		o->staged = 1;
		break;
	case O_DIFF:
		o->diff = arg;
		break;
	case O_SINCE:
		o->since = arg;
		break;
	case O_HELP:
		o->help = 1;
		break;
	case O_VERSION:
		o->version = 1;
		break;
	}
	return 0;
}

int
pc_opts_parse(pc_opts *o, int argc, char **argv, char **en, char **zh)
{
	int i = 1, only_files = 0;

	memset(o, 0, sizeof(*o));
	o->lang = pc_opts_env_lang();
	o->fail_on = PC_SEV_ERROR;
	o->min_coverage = -1;
	pc_limits_default(&o->limits);
	o->inputs = pc_xcalloc((size_t)argc + 1, sizeof(*o->inputs));
	o->refs = pc_xcalloc((size_t)argc + 1, sizeof(*o->refs));
	if (argc > 1 && strcmp(argv[1], "tokens") == 0) {
		o->command = PC_CMD_TOKENS;
		i = 2;
	} else if (argc > 1 && strcmp(argv[1], "merge") == 0) {
		o->command = PC_CMD_MERGE;
		i = 2;
	} else if (argc > 1 && strcmp(argv[1], "dict") == 0) {
		if (argc < 3 || strcmp(argv[2], "lint") != 0)
			return usage_error(en, zh, "unknown dict command (only: "
			    "dict lint) / 未知的 dict 子命令（仅有 dict lint）",
			    argc > 2 ? argv[2] : "");
		o->command = PC_CMD_DICT_LINT;
		i = 3;
	}
	for (; i < argc; i++) {
		const char *a = argv[i];
		const struct opt *op = NULL;
		const char *val = NULL;

		if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
			o->inputs[o->ninputs++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_files = 1;
			continue;
		}
		if (a[1] == '-') {
			const char *eq = strchr(a + 2, '=');
			size_t n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
			for (size_t k = 0; k < NOPTS; k++)
				if (strlen(opts[k].name) == n &&
				    strncmp(opts[k].name, a + 2, n) == 0)
					op = &opts[k];
			if (op != NULL && eq != NULL) {
				if (op->arg == NULL)
					return usage_error(en, zh, "option "
					    "takes no value / 选项不带参数", a);
				val = eq + 1;
			}
		} else {
			for (size_t k = 0; k < NOPTS; k++)
				if (opts[k].shortname == a[1])
					op = &opts[k];
			/* "-j2": the value attached to a short option */
			if (op != NULL && a[2] != '\0') {
				if (op->arg == NULL)
					op = NULL;
				else
					val = a + 2;
			}
		}
		if (op == NULL)
			return usage_error(en, zh, "unknown option / 未知选项", a);
		if (op->arg != NULL && val == NULL) {
			if (i + 1 >= argc)
				return usage_error(en, zh, "option needs a value "
				    "/ 选项缺少参数", a);
			val = argv[++i];
		}
		if (apply(o, op, val, en, zh) != 0)
			return -1;
	}
	if (o->command == PC_CMD_DICT_LINT && o->ninputs > 1)
		return usage_error(en, zh, "dict lint takes one directory / "
		    "dict lint 只接受一个目录", o->inputs[1]);
	if (!o->help && !o->version && o->explain == NULL &&
	    o->print_config == NULL && o->command != PC_CMD_DICT_LINT &&
	    o->ninputs == 0)
		return usage_error(en, zh, "no input / 没有输入",
		    "plancheck --help");
	return 0;
}

void
pc_opts_free(pc_opts *o)
{
	for (int32_t i = 0; i < o->nplans; i++)
		free(o->plans[i]);
	free(o->plans);
	free(o->inputs);
	free(o->refs);
	memset(o, 0, sizeof(*o));
}
