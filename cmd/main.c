/* main.c: subcommand dispatch. */
/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const as_command commands[] = {
    {"extract", "Extract infobox fields, structure, mentions and claims from articles.",
     "assay extract [-f csv|jsonl|json|xml|ttl|nt|rdfxml|claims] [-o PATH] [--table NAME] [-j N] [INPUT...]",
     "jsonl (default: one JSON object per line), json (one document), csv (tables),\n"
     "                            xml (one document, schemas/assay.xsd),\n"
     "                            ttl, nt, rdfxml (RDF: Turtle, N-Triples, RDF/XML; docs/vocabulary.md),\n"
     "                            claims (the sorted claims file of a shard, for 'check --claims')",
     as_cmd_extract},
    {"check", "Report claims that contradict each other; the exit status gates on them.",
     "assay check [-f text|json|csv|xml|ttl|nt|rdfxml] [--fail-on error|warning|note] [-j N] [INPUT...]\n"
     "       assay check --claims [-f FORMAT] CLAIMS-FILE...",
     "text (default: compiler-style lines), json (JSON Lines), csv (conflicts table),\n"
     "                            xml, ttl, nt, rdfxml (the conflicts as XML or RDF)",
     as_cmd_check},
    {"run", "Extract and check once, writing every format into a folder.",
     "assay run -o DIR [-j N] [INPUT...]", NULL, as_cmd_run},
};

static void usage(FILE *f) {
  fprintf(f, "Usage: assay COMMAND [OPTIONS] [INPUT...]\n\n"
             "Turns encyclopedia articles into checked, structured data.\n\nCommands:\n");
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf(f, "\n'assay COMMAND --help' tells more; 'assay --version' the version.\n");
}

int main(int argc, char **argv) {
  if (argc < 2)
    return usage(stderr), AS_EXIT_TROUBLE;
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0)
    return usage(stdout), fflush(stdout) == 0 ? AS_EXIT_OK : AS_EXIT_TROUBLE;
  if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0)
    return printf("assay %s\n", AS_VERSION), AS_EXIT_OK;
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
    if (strcmp(argv[1], commands[i].name) != 0)
      continue;
    as_opts o;
    int rc = as_cli_parse(&commands[i], argc - 1, argv + 1, &o);
    if (rc >= 0)
      return rc;
    return commands[i].run(&o);
  }
  return as_cli_usage_error("unknown command '%s' (extract, check, run; see 'assay --help')",
                            argv[1]);
}
