/* The JSON objects the JSON, JSON Lines and merge code share: the plans
 * list and one file's result (format version 1, see plancheck(1)).
 * Both return a new reference the caller owns. */
#ifndef PC_JSON_H
#define PC_JSON_H

#include <jansson.h>

#include "pc_dict.h"
#include "pc_result.h"

json_t *pc_json_plans(const pc_dictset *ds);
/* full: also both languages of every message ("messages", "errors"), as
 * JSON Lines carries them for merging. */
json_t *pc_json_file(const pc_rfile *rf, int lang, int full);

#endif
