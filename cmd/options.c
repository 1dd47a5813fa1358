/* options.c: option parsing shared by the subcommands. */
/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int as_cli_usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("assay: error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return AS_EXIT_TROUBLE;
}

static void help(const as_command *cmd) {
  printf("Usage: %s\n\n%s\n\n", cmd->usage, cmd->summary);
  printf("Inputs are files, folders (every *.txt below them, in sorted order) or '-'\n"
         "for standard input; with none, standard input is read.\n\nOptions:\n");
  if (cmd->formats)
    printf("  -f, --format FORMAT       %s\n", cmd->formats);
  printf("  -o, --output PATH         output file or folder ('-' = standard output)\n");
  if (strcmp(cmd->name, "check") == 0)
    printf("      --claims              the inputs are claims files of shards ('assay extract\n"
           "                            -f claims'), merged as if one run had read them all\n");
  if (strcmp(cmd->name, "run") != 0)
    printf("      --table NAME          with -f csv: write only this table (articles, fields,\n"
           "                            mentions, claims, conflicts)\n");
  printf("      --fail-on LEVEL       exit 1 when a finding at or above LEVEL is reported:\n"
         "                            error (default), warning or note\n"
         "      --max-article-bytes N skip what an article has past N bytes (default 256 MiB)\n"
         "      --csv-safe            in CSV, a cell starting with = + - @ (a spreadsheet\n"
         "                            formula) gets a ' before it\n"
         "  -j, --jobs N              parse with N threads (default: every core); the\n"
         "                            output is the same, in input order\n"
         "  -S, --buffer-size SIZE    memory for the claims kept for checking before they\n"
         "                            go, sorted, to temporary files in $TMPDIR (default 8M)\n"
         "  -q, --quiet               no progress line\n"
         "  -h, --help                show this help\n"
         "  -V, --version             show the version\n\n"
         "Exit status: 0 nothing at or above --fail-on; 1 findings; 2 usage error,\n"
         "unreadable input or failed output.\n");
}

static bool parse_size(const char *s, size_t *out) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s || *s == '-')
    return false;
  if (*end == 'K' || *end == 'k')
    v <<= 10, end++;
  else if (*end == 'M' || *end == 'm')
    v <<= 20, end++;
  else if (*end == 'G' || *end == 'g')
    v <<= 30, end++;
  if (*end)
    return false;
  *out = (size_t)v;
  return true;
}

enum { OPT_TABLE = 256, OPT_FAIL_ON, OPT_MAX_ARTICLE, OPT_CLAIMS, OPT_CSV_SAFE };

int as_cli_parse(const as_command *cmd, int argc, char **argv, as_opts *o) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"output", required_argument, NULL, 'o'},
      {"table", required_argument, NULL, OPT_TABLE},
      {"fail-on", required_argument, NULL, OPT_FAIL_ON},
      {"max-article-bytes", required_argument, NULL, OPT_MAX_ARTICLE},
      {"jobs", required_argument, NULL, 'j'},
      {"buffer-size", required_argument, NULL, 'S'},
      {"claims", no_argument, NULL, OPT_CLAIMS},
      {"csv-safe", no_argument, NULL, OPT_CSV_SAFE},
      {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  memset(o, 0, sizeof *o);
  o->fail_on = AS_SEV_ERROR;
  o->max_article_bytes = (size_t)256 << 20;
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":f:o:j:S:qhV", longopts, NULL)) != -1) {
    switch (c) {
    case 'f': o->format = optarg; break;
    case 'o': o->output = optarg; break;
    case OPT_TABLE: o->table = optarg; break;
    case OPT_FAIL_ON:
      if (!as_severity_parse(optarg, &o->fail_on))
        return as_cli_usage_error("--fail-on takes error, warning or note, not '%s'", optarg);
      break;
    case OPT_MAX_ARTICLE:
      if (!parse_size(optarg, &o->max_article_bytes) || o->max_article_bytes == 0)
        return as_cli_usage_error("--max-article-bytes takes a positive size, not '%s'", optarg);
      break;
    case 'j': {
      size_t n = 0;
      if (!parse_size(optarg, &n) || n == 0 || n > 1024)
        return as_cli_usage_error("--jobs takes a number of threads from 1 to 1024, not '%s'", optarg);
      o->jobs = (unsigned)n;
      break;
    }
    case 'S':
      if (!parse_size(optarg, &o->buffer_size) || o->buffer_size == 0)
        return as_cli_usage_error("--buffer-size takes a positive size (such as 64M), not '%s'", optarg);
      break;
    case OPT_CLAIMS:
      if (strcmp(cmd->name, "check") != 0)
        return as_cli_usage_error("--claims goes with 'check' (see 'assay %s --help')", cmd->name);
      o->claims_in = true;
      break;
    case OPT_CSV_SAFE: o->csv_safe = true; break;
    case 'q': o->quiet = true; break;
    case 'h': help(cmd); return fflush(stdout) == 0 ? AS_EXIT_OK : AS_EXIT_TROUBLE;
    case 'V': printf("assay %s\n", AS_VERSION); return AS_EXIT_OK;
    case ':':
      return as_cli_usage_error("option '%s' needs a value (see 'assay %s --help')",
                                argv[optind - 1], cmd->name);
    default:
      if (optopt && optopt < 256)
        return as_cli_usage_error("unknown option '-%c' (see 'assay %s --help')", optopt, cmd->name);
      return as_cli_usage_error("unknown option '%s' (see 'assay %s --help')", argv[optind - 1],
                                cmd->name);
    }
  }
  if (!o->jobs) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    o->jobs = n > 0 ? (unsigned)(n < 64 ? n : 64) : 1;
  }
  o->inputs = (const char **)(argv + optind);
  o->ninputs = (size_t)(argc - optind);
  if (o->ninputs == 0 && isatty(STDIN_FILENO))
    return as_cli_usage_error("no input: give files, folders or '-' (see 'assay %s --help')",
                              cmd->name);
  return -1;
}
