#!/bin/sh
# Play tty_narrow_keys.txt into real iex (Elixir 1.14) in a 60x40 tmux terminal and keep the screen in
# tty_narrow.screen (empty lines dropped, as repl.test.ts compares).
# Never edit tty_narrow.screen by hand.
set -e
cd "$(dirname "$0")"
s="record-tty-narrow-$$"
tmux new-session -d -s "$s" -x 60 -y 40 "iex; sleep 30"
sleep 3
while IFS= read -r line; do
  case "$line" in
    "#"*|"") ;;
    "type "*) tmux send-keys -t "$s" -l "${line#type }" ;;
    "key "*) tmux send-keys -t "$s" ${line#key } ;;
    prompt) ;;
  esac
  sleep 1
done < tty_narrow_keys.txt
tmux capture-pane -p -t "$s" | sed 's/ *$//' | grep -v '^$' > tty_narrow.screen
tmux kill-session -t "$s"
