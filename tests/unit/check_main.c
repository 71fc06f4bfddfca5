/*
 * check_main.c: the unit test runner. Builds one SRunner from every suite
 * in suites.h and runs it with CK_ENV, so CK_VERBOSITY, CK_RUN_SUITE,
 * CK_RUN_CASE and CK_FORK from the environment apply. The exit status is
 * what ctest reads: 0 when every test passed.
 */
#include <stdlib.h>

#include "suites.h"

int main(void)
{
    SRunner *sr = srunner_create(rg_suite_graph());
    srunner_add_suite(sr, rg_suite_export());
    srunner_add_suite(sr, rg_suite_extract());
    srunner_add_suite(sr, rg_suite_robust());
    srunner_add_suite(sr, rg_suite_formats());
    srunner_add_suite(sr, rg_suite_dates());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
