/* Allocation wrappers: exit with a message on failure, check size overflow.
 * No caller checks these for NULL. */
#ifndef PC_ALLOC_H
#define PC_ALLOC_H

#include <stddef.h>

/* Exit with status 2 and a message naming what ran out. */
void pc_oom_exit(const char *what) __attribute__((noreturn));

void *pc_xmalloc(size_t n);
void *pc_xcalloc(size_t nmemb, size_t size);
/* reallocarray with overflow check; p may be NULL. */
void *pc_xreallocarray(void *p, size_t nmemb, size_t size);
char *pc_xstrdup(const char *s);
char *pc_xstrndup(const char *s, size_t n);
/* printf into a fresh string; the caller frees it. */
char *pc_xasprintf(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* Grow an array *pp of *capp elements of size sz so that it holds at least
 * need elements (capacity doubles). */
void pc_grow(void *pp, size_t *capp, size_t need, size_t sz);

/* qsort that also takes an empty array (base may then be NULL, which
 * qsort itself does not allow). */
void pc_qsort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *));

#endif
