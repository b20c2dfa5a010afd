/* Messages about inputs, in English and Chinese. */
#ifndef PC_MSG_H
#define PC_MSG_H

#include "pc_source.h"

/* One-line messages (without the path) for a source error; the caller
 * frees both. */
void pc_msg_src_error(const pc_src_error *e, char **en, char **zh);

#endif
