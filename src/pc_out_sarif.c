/* SARIF 2.1.0 writer: one run, rules with metadata, one result per
 * finding. Input errors become tool execution notifications. */
#include "pc_out.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pc_alloc.h"
#include "pc_rule.h"

/* A relative URI reference for a path: unreserved bytes and '/' as they
 * are, everything else percent-encoded. */
static char *
path_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(path);
	char *r = pc_xreallocarray(NULL, n * 3 + 1, 1), *q = r;

	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		unsigned c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~' || c == '/') {
			*q++ = (char)c;
		} else {
			*q++ = '%';
			*q++ = hex[c >> 4];
			*q++ = hex[c & 15];
		}
	}
	*q = '\0';
	return r;
}

static const char *
level(pc_severity sev)
{
	return sev == PC_SEV_ERROR ? "error" : sev == PC_SEV_WARNING ?
	    "warning" : "note";
}

static json_t *
text(const char *s)
{
	return json_pack("{s:s}", "text", s);
}

static json_t *
rules_json(int lang)
{
	json_t *a = json_array();

	for (int i = 0; i < pc_nrules; i++) {
		const pc_rule *r = pc_rules[i];
		json_array_append_new(a, json_pack("{s:s, s:o, s:o, s:{s:s}}",
		    "id", r->id, "shortDescription", text(r->summary[lang]),
		    "fullDescription", text(r->doc[lang]),
		    "defaultConfiguration", "level", level(r->sev)));
	}
	return a;
}

static int
rule_index(const char *id)
{
	for (int i = 0; i < pc_nrules; i++)
		if (strcmp(pc_rules[i]->id, id) == 0)
			return i;
	return -1;
}

int
pc_out_sarif(FILE *fp, const pc_rfile *files, int32_t n, int lang)
{
	json_t *results = json_array(), *notes = json_array(), *root;
	int ok = 1, rc;

	for (int32_t i = 0; i < n; i++) {
		const pc_rfile *rf = &files[i];
		char *uri = path_uri(rf->path);

		if (rf->error[0] != NULL) {
			ok = 0;
			json_array_append_new(notes, json_pack(
			    "{s:s, s:o, s:[{s:{s:{s:s}}}]}", "level", "error",
			    "message", text(rf->error[lang]), "locations",
			    "physicalLocation", "artifactLocation", "uri",
			    uri));
		}
		for (int32_t k = 0; k < rf->nfindings; k++) {
			const pc_rfinding *f = &rf->findings[k];
			json_t *res = json_pack("{s:s, s:s, s:o, s:[{s:{s:{s:s},"
			    " s:{s:i, s:i, s:i, s:i}}}]}", "ruleId", f->rule,
			    "level", level(f->sev), "message",
			    text(f->msg[lang]), "locations",
			    "physicalLocation", "artifactLocation", "uri", uri,
			    "region", "startLine", f->line, "startColumn",
			    f->col, "endLine", f->end_line, "endColumn",
			    f->end_col);
			int ri = rule_index(f->rule);

			if (ri >= 0)
				json_object_set_new(res, "ruleIndex",
				    json_integer(ri));
			json_array_append_new(results, res);
		}
		free(uri);
	}
	root = json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:s,"
	    " s:[{s:b, s:o}], s:o}]}",
	    "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
	    "version", "2.1.0", "runs", "tool", "driver", "name", "plancheck",
	    "version", PC_VERSION, "rules", rules_json(lang),
	    "columnKind", "unicodeCodePoints", "invocations",
	    "executionSuccessful", ok, "toolExecutionNotifications", notes,
	    "results", results);
	if (root == NULL)
		return -1;
	rc = json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (rc == 0)
		fputc('\n', fp);
	return rc != 0 || ferror(fp) ? -1 : 0;
}
