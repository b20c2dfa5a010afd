/* The alignment report as Markdown (GitHub-flavoured tables), for pasting
 * into other documents: the same content as the HTML page. Charts become
 * tables: a bar of block characters per plan, and the heat map with items
 * as rows and drafts as columns. Text is escaped so that nothing in a
 * draft turns into markup: Markdown's punctuation gets a backslash, and
 * line breaks inside a table cell become <br>. */
#include "pc_report.h"

#include <string.h>

#include "pc_alloc.h"

/* Heat map symbols: missing (required, optional), 1, 2, 3, not checked. */
static const char *const heat_sym[] = { "✗", "·", "◔", "◑", "●", "—" };

static void
esc(FILE *fp, const char *s, int in_table)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\\': case '`': case '*': case '_': case '[': case ']':
		case '<': case '>': case '|': case '#': case '~': case '&':
		case '!': case '$':
			fputc('\\', fp);
			fputc(*s, fp);
			break;
		case '\r':
			break;
		case '\n':
			fputs(in_table ? "<br>" : " ", fp);
			break;
		default:
			fputc(*s, fp);
		}
	}
}

static void
runs(FILE *fp, const pc_rp_cell *c, int in_table)
{
	for (int32_t i = 0; i < c->nruns; i++) {
		const pc_rp_run *r = &c->runs[i];

		switch (r->kind) {
		case PC_RUN_TEXT:
			esc(fp, r->text, in_table);
			break;
		case PC_RUN_MARK:
			fputs("**", fp);
			esc(fp, r->text, in_table);
			fputs("**", fp);
			break;
		case PC_RUN_SMALL:
			/* '*', not '_': CommonMark opens no '_' emphasis
			 * right after a CJK character */
			fputc('*', fp);
			esc(fp, r->text, in_table);
			fputc('*', fp);
			break;
		case PC_RUN_CODE:
			/* ids, hashes and paths: escaped text, not a code
			 * span, which could not hold a backtick */
			esc(fp, r->text, in_table);
			break;
		case PC_RUN_BREAK:
			fputs(in_table ? "<br>" : "  \n", fp);
			break;
		}
	}
}

static void
head_row(FILE *fp, char *const *head, int32_t n)
{
	fputc('|', fp);
	for (int32_t k = 0; k < n; k++) {
		fputc(' ', fp);
		esc(fp, head[k], 1);
		fputs(" |", fp);
	}
	fputs("\n|", fp);
	for (int32_t k = 0; k < n; k++)
		fputs(" --- |", fp);
	fputc('\n', fp);
}

static void
table(FILE *fp, const pc_rp_table *t, int facts)
{
	if (facts) {
		for (int32_t i = 0; i < t->nrows; i++) {
			const pc_rp_row *r = &t->rows[i];

			fputs("- **", fp);
			if (r->ncells > 0)
				runs(fp, &r->cells[0], 0);
			fputs("**:", fp);
			for (int32_t k = 1; k < r->ncells; k++) {
				fputc(' ', fp);
				runs(fp, &r->cells[k], 0);
			}
			fputc('\n', fp);
		}
		fputc('\n', fp);
		return;
	}
	head_row(fp, t->head, t->ncols);
	for (int32_t i = 0; i < t->nrows; i++) {
		const pc_rp_row *r = &t->rows[i];

		fputc('|', fp);
		for (int32_t k = 0; k < t->ncols; k++) {
			fputc(' ', fp);
			if (r->cls == PC_CL_GROUP || r->cls == PC_CL_TOTAL) {
				if (k < r->ncells && r->cells[k].nruns > 0) {
					fputs("**", fp);
					runs(fp, &r->cells[k], 1);
					fputs("**", fp);
				}
			} else if (k < r->ncells) {
				runs(fp, &r->cells[k], 1);
			}
			fputs(" |", fp);
		}
		fputc('\n', fp);
	}
	fputc('\n', fp);
}

/* A bar of 20 block characters for a ratio. */
static void
bar(FILE *fp, double r)
{
	int n = (int)(r * 20 + 0.5);

	n = n < 0 ? 0 : n > 20 ? 20 : n;
	for (int i = 0; i < 20; i++)
		fputs(i < n ? "█" : "░", fp);
}

static void
bars(FILE *fp, const pc_rp_bars *b)
{
	fputs("| ", fp);
	esc(fp, b->title, 1);
	fputs(" | ", fp);
	esc(fp, b->legend[0], 1);
	fputs(" | ", fp);
	esc(fp, b->legend[1], 1);
	fputs(" |\n| --- | --- | --- |\n", fp);
	for (int32_t i = 0; i < b->n; i++) {
		fputs("| ", fp);
		esc(fp, b->b[i].label, 1);
		fputs(" | ", fp);
		bar(fp, b->b[i].ratio);
		fputs(" | ", fp);
		bar(fp, b->b[i].ratio2);
		fputs(" |\n", fp);
	}
	fputc('\n', fp);
}

static void
heat(FILE *fp, const pc_rp_heat *m)
{
	static const int order[] = { 0, 2, 3, 4 };

	fputc('|', fp);
	fputs(" |", fp);
	for (int32_t i = 0; i < m->nrows; i++) {
		fputc(' ', fp);
		esc(fp, m->rows[i], 1);
		fputs(" |", fp);
	}
	fputs("\n| --- |", fp);
	for (int32_t i = 0; i < m->nrows; i++)
		fputs(" :-: |", fp);
	fputc('\n', fp);
	for (int32_t k = 0; k < m->ncols; k++) {
		fputs("| ", fp);
		esc(fp, m->cols[k], 1);
		fputs(" |", fp);
		for (int32_t i = 0; i < m->nrows; i++) {
			int v = m->v[(size_t)i * (size_t)m->ncols + (size_t)k];
			int s = v < 0 ? 5 : v == 0 ? (m->required[k] ? 0 : 1) :
			    v + 1;

			fprintf(fp, " %s |", heat_sym[s]);
		}
		fputc('\n', fp);
	}
	fputc('\n', fp);
	for (int i = 0; i < 4; i++) {
		fprintf(fp, "%s%s ", i > 0 ? " · " : "", heat_sym[order[i]]);
		esc(fp, m->legend[i], 0);
	}
	fprintf(fp, " · %s ", heat_sym[5]);
	esc(fp, m->legend[4], 0);
	fputs("\n\n", fp);
}

int
pc_out_md(FILE *fp, const pc_report_in *in)
{
	pc_report r;

	pc_report_build(&r, in);
	for (int32_t i = 0; i < r.n; i++) {
		const pc_rp_block *b = &r.b[i];

		switch (b->kind) {
		case PC_BLK_HEADING:
			for (int k = 0; k < b->level && k < 6; k++)
				fputc('#', fp);
			fputc(' ', fp);
			runs(fp, &b->text, 0);
			fputs("\n\n", fp);
			break;
		case PC_BLK_PARA:
			runs(fp, &b->text, 0);
			fputs("\n\n", fp);
			break;
		case PC_BLK_FACTS:
			table(fp, &b->table, 1);
			break;
		case PC_BLK_TABLE:
			table(fp, &b->table, 0);
			break;
		case PC_BLK_BARS:
			bars(fp, &b->bars);
			break;
		case PC_BLK_HEAT:
			heat(fp, &b->heat);
			break;
		}
	}
	pc_report_free(&r);
	return ferror(fp) ? -1 : 0;
}
