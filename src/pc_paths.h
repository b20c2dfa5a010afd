/* Paths fixed at build time. */
#ifndef PC_PATHS_H
#define PC_PATHS_H

/* The bundled dictionary directory: the checkout's dicts/ for a build,
 * the installed one for `make install`. */
const char *pc_paths_dictdir(void);

#endif
