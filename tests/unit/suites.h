/*
 * suites.h: the Check suites of the unit test runner (check_main.c), one
 * per module; each test_<module>.c defines its rg_suite_<module>().
 */
#ifndef RG_TEST_SUITES_H
#define RG_TEST_SUITES_H

#include <check.h>

Suite *rg_suite_graph(void);   /* test_graph.c: model, filter, analyze */
Suite *rg_suite_export(void);  /* test_export.c: json, dot, svg/png, output */
Suite *rg_suite_extract(void); /* test_extract.c: text, segment, name keys, extraction */
Suite *rg_suite_robust(void);  /* test_robust.c: adversarial and random input, whole pipeline */
Suite *rg_suite_formats(void); /* test_formats.c: graphml, gexf, csv, evidence jsonl, escaping */
Suite *rg_suite_dates(void);   /* test_dates.c: date parsing, by-day counts, since/until, by_date JSON */

#endif
