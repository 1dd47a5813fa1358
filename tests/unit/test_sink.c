/* test_sink.c: memory, failing and atomic-file byte sinks. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "../../core/sink.h"
#include "../support/capture.h"

/* A fresh folder for one test, and paths inside it. */
static char dir[64];

static void make_dir(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/assay-sink-XXXXXX", tmp && *tmp && strlen(tmp) < 30 ? tmp : "/tmp");
  cr_assert_not_null(mkdtemp(dir), "mkdtemp: %s", strerror(errno));
}

static void remove_dir(void) {
  DIR *d = opendir(dir);
  if (!d)
    return;
  struct dirent *e;
  char p[512];
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
      snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
      unlink(p);
    }
  closedir(d);
  rmdir(dir);
}

static size_t count_entries(void) {
  DIR *d = opendir(dir);
  cr_assert_not_null(d);
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
  closedir(d);
  return n;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  cr_assert_not_null(f);
  fputs(text, f);
  cr_assert_eq(fclose(f), 0);
}

TestSuite(sink, .init = make_dir, .fini = remove_dir);

Test(sink, memory) {
  as_strbuf buf = AS_STRBUF_INIT;
  as_sink *s = as_sink_memory(&buf);
  cr_expect_eq(as_sink_puts(s, "id,title\n"), AS_OK);
  cr_expect_eq(as_sink_write(s, "x,Ancón\n", strlen("x,Ancón\n")), AS_OK);
  cr_expect_eq(as_sink_write(s, "", 0), AS_OK);
  cr_expect_eq(as_sink_close(s), AS_OK);
  cr_expect_str_eq(as_strbuf_cstr(&buf), "id,title\nx,Ancón\n");
  as_strbuf_free(&buf);
}

Test(sink, fail_after_is_sticky) {
  as_strbuf buf = AS_STRBUF_INIT;
  as_sink *s = as_sink_memory(&buf);
  s->fail_after = 5;
  cr_expect_eq(as_sink_puts(s, "abc"), AS_OK);
  cr_expect_eq(as_sink_puts(s, "de"), AS_OK, "exactly fail_after bytes still fit");
  cr_expect_eq(as_sink_puts(s, "f"), AS_ERR_WRITE);
  cr_expect_eq(s->err, ENOSPC);
  cr_expect_eq(as_sink_write(s, "", 0), AS_ERR_WRITE, "a failed sink stays failed");
  cr_expect_eq(as_sink_puts(s, "g"), AS_ERR_WRITE);
  cr_expect_str_eq(as_strbuf_cstr(&buf), "abcde", "nothing written after the failure");
  cr_expect_eq(as_sink_close(s), AS_ERR_WRITE, "closing a failed sink reports the failure");
  as_strbuf_free(&buf);
}

Test(sink, atomic_renames_on_close) {
  char path[128];
  snprintf(path, sizeof path, "%s/out.csv", dir);
  as_sink *s = as_sink_atomic(path);
  cr_assert_not_null(s);
  cr_expect_eq(as_sink_puts(s, "a,b\n"), AS_OK);
  cr_expect_eq(access(path, F_OK), -1, "the target does not exist before close");
  cr_assert_not_null(s->tmp_path);
  cr_expect_eq(strncmp(s->tmp_path, dir, strlen(dir)), 0, "the temporary file is in the target's folder");
  cr_expect_eq(access(s->tmp_path, F_OK), 0);
  char *tmp = strdup(s->tmp_path);
  cr_expect_eq(as_sink_close(s), AS_OK);
  size_t len;
  char *got = cap_read_file(path, &len);
  cr_assert_not_null(got);
  cr_expect_str_eq(got, "a,b\n");
  cr_expect_eq(access(tmp, F_OK), -1, "the temporary file is gone");
  cr_expect_eq(count_entries(), 1);
  free(got);
  free(tmp);
}

Test(sink, atomic_replaces_an_existing_file) {
  char path[128];
  snprintf(path, sizeof path, "%s/out.csv", dir);
  write_file(path, "old\n");
  as_sink *s = as_sink_atomic(path);
  cr_assert_not_null(s);
  cr_expect_eq(as_sink_puts(s, "new\n"), AS_OK);
  char *mid = cap_read_file(path, NULL);
  cr_expect_str_eq(mid, "old\n", "the old file stays whole until close");
  cr_expect_eq(as_sink_close(s), AS_OK);
  char *got = cap_read_file(path, NULL);
  cr_expect_str_eq(got, "new\n");
  cr_expect_eq(count_entries(), 1);
  free(mid);
  free(got);
}

Test(sink, atomic_discard_leaves_target_untouched) {
  char path[128];
  snprintf(path, sizeof path, "%s/out.csv", dir);
  write_file(path, "old\n");
  as_sink *s = as_sink_atomic(path);
  cr_assert_not_null(s);
  cr_expect_eq(as_sink_puts(s, "half a fi"), AS_OK);
  as_sink_discard(s);
  char *got = cap_read_file(path, NULL);
  cr_expect_str_eq(got, "old\n");
  cr_expect_eq(count_entries(), 1, "no temporary file is left behind");
  free(got);
}

Test(sink, atomic_failure_leaves_target_untouched) {
  char path[128];
  snprintf(path, sizeof path, "%s/out.csv", dir);
  write_file(path, "old\n");
  as_sink *s = as_sink_atomic(path);
  cr_assert_not_null(s);
  s->fail_after = 3;
  cr_expect_eq(as_sink_puts(s, "new\n"), AS_ERR_WRITE);
  cr_expect_eq(as_sink_close(s), AS_ERR_WRITE);
  char *got = cap_read_file(path, NULL);
  cr_expect_str_eq(got, "old\n");
  cr_expect_eq(count_entries(), 1);
  free(got);
}

Test(sink, atomic_discard_without_target) {
  char path[128];
  snprintf(path, sizeof path, "%s/never.csv", dir);
  as_sink *s = as_sink_atomic(path);
  cr_assert_not_null(s);
  cr_expect_eq(as_sink_puts(s, "x"), AS_OK);
  as_sink_discard(s);
  cr_expect_eq(access(path, F_OK), -1);
  cr_expect_eq(count_entries(), 0);
}

Test(sink, atomic_cannot_be_created) {
  char path[128];
  snprintf(path, sizeof path, "%s/missing/out.csv", dir);
  errno = 0;
  cr_expect_null(as_sink_atomic(path));
  cr_expect_neq(errno, 0);
  errno = 0;
  cr_expect_null(as_sink_atomic(dir), "a folder is not a target");
  cr_expect_eq(errno, EISDIR);
}

Test(sink, dev_full_fails_on_close) {
  if (access("/dev/full", W_OK) != 0)
    cr_skip_test("no /dev/full");
  as_sink *s = as_sink_atomic("/dev/full");
  cr_assert_not_null(s, "/dev/full is written in place");
  as_status st = as_sink_puts(s, "x");
  as_status cl = as_sink_close(s);
  cr_expect(st == AS_ERR_WRITE || cl == AS_ERR_WRITE, "a full device must fail somewhere");
}

Test(sink, null_is_fine) {
  cr_expect_eq(as_sink_close(NULL), AS_OK);
  as_sink_discard(NULL);
}
