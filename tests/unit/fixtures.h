/*
 * fixtures.h: test fixtures shared by the unit suites.
 */
#ifndef RG_TEST_FIXTURES_H
#define RG_TEST_FIXTURES_H

#include "extract.h"

/* The built-in lexicon, loaded by rg_test_lex_setup() and freed by
 * rg_test_lex_teardown(): register them as an unchecked fixture of every
 * TCase that extracts, so the lexicon is loaded once per TCase (in the
 * parent, before Check forks for each test). */
extern rg_lexicon *rg_test_lex;
void rg_test_lex_setup(void);
void rg_test_lex_teardown(void);

#endif
