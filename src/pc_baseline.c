/* Baselines: load, apply and write the JSON file of recorded findings.
 * Identical recorded findings are folded into one key with a count, held
 * in an open-addressing hash table, so applying a baseline of any size
 * costs one lookup per finding and duplicates do not degrade probing. */
#include "pc_baseline.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "pc_alloc.h"

enum { F_PATH, F_RULE, F_MESSAGE, F_TEXT, NFIELD };

static const char *const field_name[NFIELD] = {
	"path", "rule", "message", "text"
};

typedef struct bkey {
	char *f[NFIELD];
	uint64_t hash;
	int32_t count;          /* entries left to consume */
} bkey;

struct pc_baseline {
	bkey *keys;
	int32_t nkeys;
	int32_t *slot;          /* index into keys, or -1 */
	size_t mask;            /* slot count - 1 (a power of two) */
};

/* Whether s is UTF-8 as jansson accepts it: no overlong forms, no
 * surrogates, nothing beyond U+10FFFF. Returns the length of the valid
 * sequence at s, or 0 if s does not start one. */
static size_t
utf8_seq(const unsigned char *s)
{
	unsigned c = s[0];
	size_t len, i;
	uint32_t cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		cp = c & 0x07;
	} else
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return 0;
	return len;
}

/* s as it is recorded: a path of a file named in a legacy encoding (GBK
 * names on Linux are common) cannot go into JSON as it is, so each byte
 * of an invalid sequence becomes U+FFFD, both when writing and when
 * matching. Returns s itself when it is valid; else a copy in *tmp. */
static const char *
clean(const char *s, char **tmp)
{
	const unsigned char *p;
	char *out;
	size_t n, len, o;

	*tmp = NULL;
	if (s == NULL)
		return "";
	for (p = (const unsigned char *)s; *p != '\0'; p += len)
		if ((len = utf8_seq(p)) == 0)
			break;
	if (*p == '\0')
		return s;
	n = strlen(s);
	out = pc_xreallocarray(NULL, n + 1, 3);
	for (o = 0, p = (const unsigned char *)s; *p != '\0'; p += len) {
		if ((len = utf8_seq(p)) == 0) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			len = 1;
		} else {
			memcpy(out + o, p, len);
			o += len;
		}
	}
	out[o] = '\0';
	*tmp = out;
	return out;
}

static uint64_t
hash_fields(const char *const f[NFIELD])
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (int i = 0; i < NFIELD; i++) {
		for (const unsigned char *p = (const unsigned char *)f[i];
		    *p != '\0'; p++)
			h = (h ^ *p) * 0x100000001b3ULL;
		/* The terminator separates the fields: ("ab","c") != ("a","bc"). */
		h = (h ^ 0xFF) * 0x100000001b3ULL;
	}
	return h;
}

/* The key's slot, or the empty slot where it belongs. */
static size_t
find_slot(const pc_baseline *b, const char *const f[NFIELD], uint64_t h)
{
	size_t i = (size_t)h & b->mask;

	for (;; i = (i + 1) & b->mask) {
		int32_t k = b->slot[i];
		const bkey *e;
		int j;

		if (k < 0)
			return i;
		e = &b->keys[k];
		if (e->hash != h)
			continue;
		for (j = 0; j < NFIELD; j++)
			if (strcmp(e->f[j], f[j]) != 0)
				break;
		if (j == NFIELD)
			return i;
	}
}

void
pc_baseline_free(pc_baseline *b)
{
	if (b == NULL)
		return;
	for (int32_t i = 0; i < b->nkeys; i++)
		for (int j = 0; j < NFIELD; j++)
			free(b->keys[i].f[j]);
	free(b->keys);
	free(b->slot);
	free(b);
}

/* Check the shape of the document; the first problem as a message, or
 * NULL. */
static char *
check_shape(const char *file, json_t *root)
{
	json_t *v, *fa, *e;
	size_t i;

	if (!json_is_object(root))
		return pc_xasprintf("%s: not a baseline: the top level is not "
		    "a JSON object", file);
	v = json_object_get(root, "version");
	if (v == NULL)
		return pc_xasprintf("%s: not a baseline: no \"version\"",
		    file);
	if (!json_is_integer(v) || json_integer_value(v) != 1)
		return pc_xasprintf("%s: unsupported baseline version "
		    "(expected 1)", file);
	fa = json_object_get(root, "findings");
	if (fa == NULL)
		return pc_xasprintf("%s: not a baseline: no \"findings\"",
		    file);
	if (!json_is_array(fa))
		return pc_xasprintf("%s: \"findings\" is not an array", file);
	if (json_array_size(fa) > INT32_MAX)
		return pc_xasprintf("%s: too many findings", file);
	json_array_foreach(fa, i, e) {
		if (!json_is_object(e))
			return pc_xasprintf("%s: findings[%zu] is not an "
			    "object", file, i);
		for (int j = 0; j < NFIELD; j++) {
			json_t *s = json_object_get(e, field_name[j]);

			if (s == NULL)
				return pc_xasprintf("%s: findings[%zu] has no "
				    "\"%s\"", file, i, field_name[j]);
			if (!json_is_string(s))
				return pc_xasprintf("%s: findings[%zu]: \"%s\" "
				    "is not a string", file, i, field_name[j]);
		}
	}
	return NULL;
}

pc_baseline *
pc_baseline_load(const char *file, char **err)
{
	json_error_t jerr;
	json_t *root, *fa, *e;
	pc_baseline *b;
	FILE *fp;
	size_t i, nslot;

	*err = NULL;
	if ((fp = fopen(file, "rb")) == NULL) {
		*err = pc_xasprintf("%s: %s", file, strerror(errno));
		return NULL;
	}
	root = json_loadf(fp, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL && ferror(fp))
		*err = pc_xasprintf("%s: %s", file, strerror(errno));
	else if (root == NULL && jerr.line > 0)
		*err = pc_xasprintf("%s:%d:%d: %s", file, jerr.line,
		    jerr.column, jerr.text);
	else if (root == NULL)
		*err = pc_xasprintf("%s: %s", file, jerr.text);
	fclose(fp);
	if (root == NULL)
		return NULL;
	if ((*err = check_shape(file, root)) != NULL) {
		json_decref(root);
		return NULL;
	}

	fa = json_object_get(root, "findings");
	b = pc_xcalloc(1, sizeof(*b));
	b->keys = pc_xcalloc(json_array_size(fa), sizeof(*b->keys));
	for (nslot = 16; nslot < 2 * json_array_size(fa); nslot *= 2)
		continue;
	b->mask = nslot - 1;
	b->slot = pc_xreallocarray(NULL, nslot, sizeof(*b->slot));
	for (i = 0; i < nslot; i++)
		b->slot[i] = -1;

	json_array_foreach(fa, i, e) {
		const char *f[NFIELD];
		uint64_t h;
		size_t s;

		for (int j = 0; j < NFIELD; j++)
			f[j] = json_string_value(json_object_get(e,
			    field_name[j]));
		h = hash_fields(f);
		s = find_slot(b, f, h);
		if (b->slot[s] >= 0) {
			b->keys[b->slot[s]].count++;
			continue;
		}
		for (int j = 0; j < NFIELD; j++)
			b->keys[b->nkeys].f[j] = pc_xstrdup(f[j]);
		b->keys[b->nkeys].hash = h;
		b->keys[b->nkeys].count = 1;
		b->slot[s] = b->nkeys++;
	}
	json_decref(root);
	return b;
}

int32_t
pc_baseline_apply(pc_baseline *b, pc_rfile *rf)
{
	char *tmp[NFIELD];
	const char *f[NFIELD];
	int32_t i, w = 0;

	for (i = 0; i < rf->nfindings; i++) {
		pc_rfinding *fd = &rf->findings[i];
		int32_t k;
		int j;

		f[F_PATH] = clean(rf->path, &tmp[F_PATH]);
		f[F_RULE] = clean(fd->rule, &tmp[F_RULE]);
		f[F_MESSAGE] = clean(fd->msg[PC_LANG_EN], &tmp[F_MESSAGE]);
		f[F_TEXT] = clean(fd->text, &tmp[F_TEXT]);
		k = b->slot[find_slot(b, f, hash_fields(f))];
		for (j = 0; j < NFIELD; j++)
			free(tmp[j]);
		if (k >= 0 && b->keys[k].count > 0) {
			b->keys[k].count--;
			pc_rfinding_free(fd);
			continue;
		}
		if (w != i)
			rf->findings[w] = *fd;
		w++;
	}
	for (i = w; i < rf->nfindings; i++)
		memset(&rf->findings[i], 0, sizeof(rf->findings[i]));
	i = rf->nfindings - w;
	rf->nfindings = w;
	return i;
}

/* The baseline document, or NULL if jansson ran out of memory. */
static json_t *
build(const pc_rfile *files, int32_t n)
{
	json_t *root = json_object(), *fa = json_array();

	if (root == NULL || fa == NULL ||
	    json_object_set_new(root, "version", json_integer(1)) != 0 ||
	    json_object_set(root, "findings", fa) != 0)
		goto fail;
	for (int32_t i = 0; i < n; i++) {
		const pc_rfile *rf = &files[i];

		for (int32_t k = 0; k < rf->nfindings; k++) {
			const pc_rfinding *fd = &rf->findings[k];
			const char *src[NFIELD];
			char *tmp;
			json_t *o = json_object();

			if (o == NULL || json_array_append_new(fa, o) != 0)
				goto fail;
			src[F_PATH] = rf->path;
			src[F_RULE] = fd->rule;
			src[F_MESSAGE] = fd->msg[PC_LANG_EN];
			src[F_TEXT] = fd->text;
			for (int j = 0; j < NFIELD; j++) {
				int rc = json_object_set_new(o, field_name[j],
				    json_string(clean(src[j], &tmp)));

				free(tmp);
				if (rc != 0)
					goto fail;
			}
		}
	}
	json_decref(fa);
	return root;
fail:
	json_decref(fa);
	json_decref(root);
	return NULL;
}

/* The mode a new file gets: the old file's, or what open(2) would give. */
static mode_t
file_mode(const char *file)
{
	struct stat st;
	mode_t um;

	if (stat(file, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	um = umask(022);
	umask(um);
	return 0666 & ~um;
}

/* The directory entry made by rename reaches the disk only when the
 * directory is synced; best effort, as some file systems refuse it. */
static void
sync_dir(const char *file)
{
	const char *slash = strrchr(file, '/');
	char *dir;
	int fd;

	if (slash == NULL)
		dir = pc_xstrdup(".");
	else if (slash == file)
		dir = pc_xstrdup("/");
	else
		dir = pc_xstrndup(file, (size_t)(slash - file));
	if ((fd = open(dir, O_RDONLY)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

int
pc_baseline_write(const char *file, const pc_rfile *files, int32_t n,
    char **err)
{
	json_t *root;
	char *tmp;
	FILE *fp;
	int fd, e = 0;
	const char *what = NULL;

	*err = NULL;
	if ((root = build(files, n)) == NULL) {
		*err = pc_xasprintf("%s: out of memory", file);
		return -1;
	}
	tmp = pc_xasprintf("%s.XXXXXX", file);
	if ((fd = mkstemp(tmp)) < 0) {
		*err = pc_xasprintf("%s: cannot create a temporary file: %s",
		    file, strerror(errno));
		free(tmp);
		json_decref(root);
		return -1;
	}
	if ((fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		what = "cannot write";
		goto fail;
	}
	/* A failed write sets errno and the stream's error flag; each step
	 * is checked so that the first cause is the one reported. */
	errno = 0;
	if (json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 ||
	    putc('\n', fp) == EOF || fflush(fp) == EOF || ferror(fp)) {
		e = errno;
		what = "cannot write";
	} else if (fchmod(fd, file_mode(file)) != 0) {
		e = errno;
		what = "cannot set the mode of the temporary file";
	} else if (fsync(fd) != 0) {
		e = errno;
		what = "cannot write";
	}
	if (fclose(fp) != 0 && what == NULL) {
		e = errno;
		what = "cannot write";
	}
	if (what != NULL)
		goto fail;
	if (rename(tmp, file) != 0) {
		e = errno;
		what = "cannot replace the file";
		goto fail;
	}
	sync_dir(file);
	free(tmp);
	json_decref(root);
	return 0;
fail:
	unlink(tmp);
	*err = e != 0 ? pc_xasprintf("%s: %s: %s", file, what, strerror(e)) :
	    pc_xasprintf("%s: %s", file, what);
	free(tmp);
	json_decref(root);
	return -1;
}
