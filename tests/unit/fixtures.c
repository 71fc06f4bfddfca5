/*
 * fixtures.c: test fixtures shared by the unit suites (see fixtures.h).
 */
#include "fixtures.h"

#include <check.h>

rg_lexicon *rg_test_lex;

void rg_test_lex_setup(void)
{
    ck_assert_int_eq(rg_lexicon_new(&rg_test_lex), RG_OK);
    ck_assert_ptr_nonnull(rg_test_lex);
}

void rg_test_lex_teardown(void)
{
    rg_lexicon_free(rg_test_lex);
    rg_test_lex = NULL;
}
