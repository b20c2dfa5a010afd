/* Paths fixed at build time (PC_DICTDIR comes from the Makefile). */
#include "pc_paths.h"

#ifndef PC_DICTDIR
#define PC_DICTDIR "dicts"
#endif

const char *
pc_paths_dictdir(void)
{
	return PC_DICTDIR;
}
