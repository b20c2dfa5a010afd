/* Chinese and Arabic numerals as they occur in policy text: 一 … 九十九,
 * 十五, 二十, 一百二十三, 两, 〇/零, full-width and ASCII digits. Used by the
 * outline (第三章, （二）), the counts (六大方向) and the ordinals (五是). */
#ifndef PC_NUMERAL_H
#define PC_NUMERAL_H

#include <stdint.h>
#include <unicode/utypes.h>

/* Parse the longest numeral at s[0..n). Returns the number of code units
 * consumed (0 if none) and stores the value (>= 0) in *value. Accepts Chinese
 * numerals (零〇一二两三四五六七八九十百千, also 廿) or a run of ASCII or
 * full-width digits, not both mixed. Values above 99999 are rejected (0). */
int32_t pc_numeral_parse(const UChar *s, int32_t n, int32_t *value);

/* Non-zero if c is a Chinese numeral character (零〇一二两三四五六七八九十百千). */
int pc_numeral_is_cn(UChar c);

#endif
