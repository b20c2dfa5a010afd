/* Allocation wrappers: the one place where running out of memory is handled. */
#include "pc_alloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
pc_oom_exit(const char *what)
{
	fprintf(stderr, "plancheck: out of resources (%s) / 资源不足\n", what);
	exit(2);
}

static void
oom(void)
{
	pc_oom_exit("memory");
}

void *
pc_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		oom();
	return p;
}

void *
pc_xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (p == NULL)
		oom();
	return p;
}

void *
pc_xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		oom();
	p = realloc(p, nmemb * size != 0 ? nmemb * size : 1);
	if (p == NULL)
		oom();
	return p;
}

char *
pc_xstrdup(const char *s)
{
	return pc_xstrndup(s, strlen(s));
}

char *
pc_xstrndup(const char *s, size_t n)
{
	char *p = pc_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
pc_xasprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	p = pc_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void
pc_grow(void *pp, size_t *capp, size_t need, size_t sz)
{
	void **p = pp;
	size_t cap = *capp;

	if (need <= cap)
		return;
	if (cap == 0)
		cap = 8;
	while (cap < need) {
		if (cap > SIZE_MAX / 2)
			oom();
		cap *= 2;
	}
	*p = pc_xreallocarray(*p, cap, sz);
	*capp = cap;
}

void
pc_qsort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}
