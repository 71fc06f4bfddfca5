/*
 * escape_private.h: text escaping shared by the GraphML, GEXF, CSV and
 * evidence JSON Lines exporters (export/escape.c). Not part of the public
 * API: the double underscore marks functions shared across export/ files
 * only (STYLE rule 5). Tests include it to check the escapers directly.
 *
 * Every function appends to an rg_buf and never fails (allocation aborts,
 * rg_common.h). Input is a NUL-terminated string that should be UTF-8;
 * what is not is repaired, never passed through: each byte that does not
 * start a well-formed UTF-8 sequence (stray continuation bytes, overlongs,
 * encoded surrogates, truncated sequences, bytes above F4) becomes U+FFFD,
 * so every output is valid UTF-8 whatever the model holds.
 */
#ifndef RG_ESCAPE_PRIVATE_H
#define RG_ESCAPE_PRIVATE_H

#include "graph.h"

/** XML 1.0 character data, safe both in element content and inside a
 *  double-quoted attribute value:
 *    &  <  >  "      ->  &amp; &lt; &gt; &quot;
 *    TAB LF CR       ->  &#9; &#10; &#13;  (character references, so
 *                        attribute-value normalisation and end-of-line
 *                        handling cannot turn them into spaces or LF)
 *    other C0 controls (U+0001-U+0008, U+000B, U+000C, U+000E-U+001F),
 *    U+FFFE, U+FFFF  ->  U+FFFD  (XML 1.0 cannot carry them at all, not
 *                        even as character references)
 *  DEL and the C1 controls (U+007F-U+009F) are legal XML 1.0 characters
 *  and pass through, as does all other non-ASCII text. */
void rg_escape__xml(rg_buf *b, const char *s);

/** A JSON string literal, quotes included (RFC 8259):
 *    "  \            ->  \"  \\
 *    BS FF LF CR TAB ->  \b \f \n \r \t
 *    other C0 controls -> \u0001 ... \u001f
 *    U+2028 U+2029   ->  \u2028 \u2029 (legal JSON, but line breaks to
 *                        JavaScript and to some line-oriented tools)
 *  Everything else, non-ASCII included, is written as UTF-8. */
void rg_escape__json(rg_buf *b, const char *s);

/** One CSV field (RFC 4180): quoted when it holds a comma, a double
 *  quote, CR or LF, or starts or ends with a space or tab (which some
 *  readers trim); inside quotes a double quote is doubled. C0 controls
 *  other than TAB, LF and CR become U+FFFD (a NUL-terminated string has
 *  no NUL). An empty string is an empty, unquoted field. */
void rg_escape__csv(rg_buf *b, const char *s);

/** Appends the items joined with "|" (raw text, not escaped). A '|'
 *  inside an item is written as U+00A6 BROKEN BAR, so splitting the
 *  result on '|' always gives back n items. */
void rg_escape__list(rg_buf *b, const char *const *items, size_t n);

/** Appends a link's interaction counts as "consult:4|support:1": kinds
 *  with a non-zero count, in PLOVER order (rg_kind), raw text. Nothing
 *  for a pure co-occurrence link. */
void rg_escape__kinds(rg_buf *b, const rg_link *l);

/** Sets used[k] when some link of g has an interaction of kind k (one
 *  pass over the links); returns 1 when any kind is used. */
int rg_escape__kinds_used(const rg_graph *g, int used[RG_KIND_COUNT]);

#endif
