/* Writers: the result model to text or JSON. No analysis happens here.
 * Each returns 0, or -1 if writing failed (the caller reports it). */
#ifndef PC_OUT_H
#define PC_OUT_H

#include <stdio.h>

#include "pc_dict.h"
#include "pc_result.h"

/* Diagnostics (path:line:col: severity: message [rule]) of one file, then
 * its coverage summary. Input errors are not printed here. */
int pc_out_text(FILE *fp, const pc_rfile *rf, int lang);

/* The whole run as one JSON document (see plancheck(1)). */
int pc_out_json(FILE *fp, const pc_dictset *ds, const pc_rfile *files,
    int32_t n, int lang);

#endif
