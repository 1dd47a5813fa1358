/* cli.h: what the subcommands share: options, the pipeline loop, exit codes. */
/* SPDX-License-Identifier: MIT */
#ifndef AS_CLI_H
#define AS_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/status.h"
#include "../emitters/emitter.h"

#define AS_VERSION "0.1.0"

/** Exit statuses (SPEC section 4). */
enum { AS_EXIT_OK = 0, AS_EXIT_FINDINGS = 1, AS_EXIT_TROUBLE = 2 };

typedef struct as_opts {
  const char *format;   ///< -f; NULL = the subcommand's default
  const char *output;   ///< -o; NULL = stdout
  const char *table;    ///< --table
  as_severity fail_on;  ///< --fail-on
  bool quiet;           ///< --quiet
  bool csv_safe;        ///< --csv-safe
  unsigned jobs;        ///< -j: parsing threads (at least 1)
  size_t buffer_size;   ///< -S: memory for claims before they spill to disk (0: default)
  bool claims_in;       ///< check --claims: the inputs are claims files
  struct as_sink *claims_out; ///< extract -f claims: write the claims file here
  size_t max_article_bytes;
  const char **inputs;  ///< points into argv
  size_t ninputs;
  const void *mem_input; ///< tests and fuzzing: read these bytes (named inputs[0]) instead
  size_t mem_len;
} as_opts;

typedef struct as_command {
  const char *name;
  const char *summary;
  const char *usage;   ///< the synopsis line
  const char *formats; ///< what -f accepts, for --help
  int (*run)(as_opts *o);
} as_command;

/** Parses argv (argv[0] is the subcommand's name) into o. Returns -1 to go
 *  on, or an exit status (0 after --help, 2 on a usage error). */
int as_cli_parse(const as_command *cmd, int argc, char **argv, as_opts *o);

/** Prints "assay: error: MESSAGE" to stderr and returns AS_EXIT_TROUBLE. */
int as_cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/** Reads every input, parses each article, hands it to every emitter and
 *  to the validator, then the conflicts (after all articles, as SPEC
 *  section 5 says); the one place that knows the order of the stages.
 *  Sets *input_failed when some input could not be read; counts the
 *  conflicts by severity into found[AS_SEV_*] (may be NULL: extract's exit
 *  status does not depend on them). */
as_status as_pipeline_run(const as_opts *o, as_emitter *em, size_t nem, as_diag_sink *diag,
                          bool *input_failed, size_t *found) AS_MUST_CHECK;

/** The exit status for a finished run: 2 for trouble, 1 when a diagnostic
 *  or a conflict (found, by severity; may be NULL) is at or above fail_on. */
int as_cli_exit_status(as_status st, bool input_failed, const as_diag_sink *diag,
                       const size_t *found, as_severity fail_on);

int as_cmd_extract(as_opts *o);
int as_cmd_check(as_opts *o);
int as_cmd_run(as_opts *o);

#endif
