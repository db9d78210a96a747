#!/bin/sh
# Record iex's colours: play colors.in into real iex (Elixir 1.14) in a tmux terminal, keep the
# raw bytes it writes (tmux pipe-pane), and write colors.out as a piped session shows it: each
# prompt followed by the output of its line (the echoed input dropped, CR and the terminal
# driver's cursor moves removed), from the first prompt on. Never edit colors.out by hand.
set -e
cd "$(dirname "$0")"
s="record-colors-$$"
raw="$(mktemp)"
trap 'rm -f "$raw"' EXIT
tmux new-session -d -s "$s" -x 200 -y 50 "iex; sleep 30"
until tmux capture-pane -p -t "$s" | grep -q '^iex(1)>'; do sleep 0.5; done
tmux pipe-pane -o -t "$s" "cat >> $raw"
while IFS= read -r line; do
  tmux send-keys -t "$s" -l "$line"
  tmux send-keys -t "$s" Enter
  sleep 1.5
done < colors.in
tmux kill-session -t "$s"
# the raw capture starts with the first input's echo (its prompt came before): what follows the
# first prompt, as repl.test.ts compares
perl -e '
  open(my $in, "<", "colors.in") or die; my @lines = <$in>; chomp @lines;
  local $/; my $t = <STDIN>; $t =~ s/\r//g; $t =~ s/ \x08//g; $t =~ s/\x08|\e\[C//g;
  for my $l (@lines) { my $q = quotemeta($l); $t =~ s/(iex\(\d+\)> )?$q\n/$1/m; }
  print $t;
' < "$raw" > colors.out
