/* A streaming JSON writer whose output is, byte for byte, what jansson's
 * json_dumpf would write for the whole tree (JSON_INDENT(n) or
 * JSON_COMPACT, with JSON_PRESERVE_ORDER): the containers are opened and
 * closed here, the members are small jansson values dumped one at a time,
 * so a result with a million hits is written without a million-node tree
 * in memory.
 *
 * Ownership: pc_jsonw_value takes the reference it is given. */
#ifndef PC_JSONW_H
#define PC_JSONW_H

#include <stdio.h>

#include <jansson.h>

#define PC_JSONW_DEPTH 16

typedef struct pc_jsonw {
	FILE *fp;
	int indent;             /* spaces per level; 0: JSON_COMPACT */
	int base;               /* depth of the first container opened */
	int n;                  /* containers open */
	int after_key;          /* a key was written, its value is next */
	unsigned char first[PC_JSONW_DEPTH]; /* no member yet, per level */
	int err;
} pc_jsonw;

/* Write to fp; the first container opened sits at depth base of the
 * document (0 for a document of its own). */
void pc_jsonw_init(pc_jsonw *w, FILE *fp, int indent, int base);

/* The key of the next member of the open object. */
void pc_jsonw_key(pc_jsonw *w, const char *key);

/* Open ('{' or '[') or close ('}' or ']') a container. */
void pc_jsonw_open(pc_jsonw *w, char c);
void pc_jsonw_close(pc_jsonw *w, char c);

/* A whole value (NULL counts as a failure). */
void pc_jsonw_value(pc_jsonw *w, json_t *v);

/* 0, or -1 if a value could not be made or written. */
int pc_jsonw_status(const pc_jsonw *w);

#endif
