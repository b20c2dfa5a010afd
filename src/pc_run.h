/* A run: every input of one command line, each with the settings of its
 * configuration file under the command line's, checked against the
 * dictionary set those settings name (loaded once per directory), then
 * the --diff and --baseline filters, the writers, and the exit status.
 *
 * Ownership: pc_run_main borrows the options. */
#ifndef PC_RUN_H
#define PC_RUN_H

#include "pc_opts.h"

/* Run the check or tokens command; returns the exit status (0, 1, 2). */
int pc_run_main(const pc_opts *o);

/* --print-config FILE: print the effective settings; exit status. */
int pc_run_print_config(const pc_opts *o);

#endif
