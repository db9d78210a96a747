#!/bin/sh
# Play a key file into real iex (Elixir 1.14) in a tmux terminal and keep the screen (empty lines
# dropped, as repl.test.ts compares). Never edit a .screen file by hand.
#   record_tty.sh                 tty_keys.txt at 100x50 -> tty.screen
#   record_tty.sh narrow 60 40    tty_narrow_keys.txt at 60x40 -> tty_narrow.screen
set -e
cd "$(dirname "$0")"
name="tty${1:+_$1}"
s="record-$name-$$"
tmux new-session -d -s "$s" -x "${2:-100}" -y "${3:-50}" "iex; sleep 30"
sleep 3
while IFS= read -r line; do
  case "$line" in
    "#"*|"") ;;
    "type "*) tmux send-keys -t "$s" -l "${line#type }" ;;
    "key "*) tmux send-keys -t "$s" ${line#key } ;;
    prompt*) ;;
  esac
  sleep 1
done < "${name}_keys.txt"
tmux capture-pane -p -t "$s" | sed 's/ *$//' | grep -v '^$' > "$name.screen"
tmux kill-session -t "$s"
