#!/bin/sh
# Record what real iex (Elixir 1.14) prints for each NAME.in, piped on its stdin, into NAME.out.
# Never edit the .out files by hand.
cd "$(dirname "$0")"
for f in *.in; do
  # these have their own scripts (record_colors.sh, record_docs.sh, record_warnings.sh, record_helpers.sh, record_lib_docs.sh, record_nl.sh, record_types.sh, record_lib_types.sh, record_open.sh, record_r_library.sh, record_runtime_info.sh, record_nl_library.sh, record_stderr_split.sh, record_expressions.sh, record_linked_exits.sh)
  case "$f" in colors.in|docs.in|docs_colors.in|warnings.in|env.in|helpers.in|lib_docs.in|nl.in|types.in|types_colors.in|lib_types.in|open.in|r_library.in|runtime_info.in|nl_library.in|stderr_split.in|linked_exits.in) continue ;; esac
  iex < "$f" > "${f%.in}.out" 2>/dev/null
done
