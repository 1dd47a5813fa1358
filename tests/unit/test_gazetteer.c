/* test_gazetteer.c: the cities the tool knows by name (core/gazetteer.c). */
/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "../../core/gazetteer.h"

static bool same(const char *a, const char *b) { return as_city_same(as_slice_cstr(a), as_slice_cstr(b)); }
static bool apart(const char *a, const char *b) { return as_city_apart(as_slice_cstr(a), as_slice_cstr(b)); }

Test(gazetteer, names_of_one_city) {
  cr_expect(same("Oslo", "Kristiania"), "a city's later name");
  cr_expect(same("Christiania", "Kristiania"), "two spellings of its old name");
  cr_expect(same("Königsberg", "Kaliningrad"));
  cr_expect(same("munich", "München"), "any ASCII case");
  cr_expect(same(" Munich ", "Munich"), "blanks around the name");
  cr_expect_not(apart("Oslo", "Kristiania"));
}

Test(gazetteer, two_cities) {
  cr_expect(apart("Munich", "Würzburg"));
  cr_expect(apart("Porto", "Lisbon"));
  cr_expect_not(same("Porto", "Lisbon"));
}

/* a name of several cities is each of them; a name the gazetteer does not
 * know is neither one city nor two with another */
Test(gazetteer, ambiguous_and_unknown) {
  cr_expect(same("Frankfurt", "Frankfurt am Main"));
  cr_expect(same("Frankfurt", "Frankfurt an der Oder"));
  cr_expect(apart("Frankfurt am Main", "Frankfurt an der Oder"));
  cr_expect(!as_city_known(as_slice_cstr("Szigetvárx")));
  cr_expect(!as_city_known(as_slice_cstr("")));
  cr_expect(!as_city_known(as_slice_cstr("Mun")), "a prefix of a name is no name");
  cr_expect(!as_city_known(as_slice_cstr("Munichs")));
  cr_expect_not(apart("Munich", "Hogwarts"));
  cr_expect_not(same("Munich", "Hogwarts"));
}
