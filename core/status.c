/* status.c: names of status codes. */
/* SPDX-License-Identifier: MIT */
#include "status.h"

const char *as_strerror(as_status st) {
  switch (st) {
  case AS_OK: return "success";
  case AS_FAILURE: return "nothing found";
  case AS_ERR_INPUT: return "input error";
  case AS_ERR_WRITE: return "write error";
  case AS_ERR_LIBRARY: return "library error";
  case AS_ERR_USAGE: return "usage error";
  }
  return "unknown status";
}
