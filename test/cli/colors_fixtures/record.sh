#!/bin/sh
# What real `elixir` (1.14) writes to a terminal for warn.exs, run from the checkout's root with
# the file's absolute path: plain (tty.raw), with NO_COLOR=1 (no_color.raw), with standard output
# redirected (redirected.raw, stdout not kept); logger.exs likewise (logger.raw, logger_no_color.raw); and what `iex` writes to the terminal for repl.in
# on its standard input (repl.raw: coloured results and errors, a FunctionClauseError's arguments
# in their syntax colours). The bytes come from tmux pipe-pane, CR removed.
# colors.test.ts runs `beamlet run` the same way. Never edit the .raw files by hand.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
record() { # NAME COMMAND
  s="record-warn-$$"
  raw="$(mktemp)"
  tmux new-session -d -s "$s" -x 150 -y 20 sh
  tmux pipe-pane -o -t "$s" "cat >> $raw"
  tmux send-keys -t "$s" -l "cd $root && $2; echo DONE"
  tmux send-keys -t "$s" Enter
  until grep -q '^DONE' "$raw" 2>/dev/null; do sleep 0.5; done
  tmux kill-session -t "$s"
  # keep what the program wrote: from after the echoed command line to DONE
  perl -0777 -pe 's/\r//g; s/\A.*?echo DONE\n//s; s/^DONE\n.*\z//ms' "$raw" > "$here/$1.raw"
  rm -f "$raw"
}
record tty "elixir $here/warn.exs"
record no_color "NO_COLOR=1 elixir $here/warn.exs"
record redirected "elixir $here/warn.exs > /dev/null"
# Logger's console colours on a terminal, none with NO_COLOR (logger.raw, logger_no_color.raw; echo
# ends the line its last colour reset leaves open)
record logger "elixir $here/logger.exs; echo"
record logger_no_color "NO_COLOR=1 elixir $here/logger.exs; echo"
# (iex leaves its last prompt open: echo ends the line so DONE starts one)
record repl "iex < $here/repl.in; echo"
# ExUnit's colours on a 150-column terminal (its failures laid out to the terminal's width):
# exunit_test.exs as it is (exunit.raw), with trace: true (exunit_trace.raw) and with NO_COLOR
# (exunit_no_color.raw: no colours, the plain report at the terminal's width). The test masks the
# times ("Finished in ...", a --trace line's "(N.Nms)").
record exunit "elixir test/cli/colors_fixtures/exunit_test.exs"
record exunit_trace "TRACE=1 elixir test/cli/colors_fixtures/exunit_test.exs"
record exunit_no_color "NO_COLOR=1 elixir test/cli/colors_fixtures/exunit_test.exs"
