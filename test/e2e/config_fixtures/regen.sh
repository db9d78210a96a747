#!/bin/sh
# Regenerate the expected application environments of test/e2e/config.test.ts from real
# Elixir 1.14 / mix: a throwaway copy of examples/anemone with config/ from this folder, whose
# application prints its environment when it starts.
#   dev_run.env     what `mix run` prints between the <env> markers (config.exs, dev.exs, runtime.exs)
#   prod_rpc.out    what `bin/anemone rpc SHOW` prints on the prod release started with ANEMONE_RT=yes
#   prod_eval.out   what `bin/anemone eval SHOW` prints with ANEMONE_RT=eval (no node running)
# The test applies the same edit (show_env.exs) to the same files. Never edit the outputs by hand.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
tmp="$(mktemp -d)"
app="$tmp/anemone"
cleanup() {
  [ -x "$app/_build/prod/rel/anemone/bin/anemone" ] && "$app/_build/prod/rel/anemone/bin/anemone" stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
cp -r "$root/examples/anemone" "$app"
rm -rf "$app/_build"
cp -r "$here/config" "$app/config"
# the application shows its environment as it starts (the same line the test inserts)
show="$(cat "$here/show_env.exs")"
SHOW="$show" perl -0pi -e 's/    children = \[/    $ENV{SHOW}\n    children = [/' "$app/lib/anemone/application.ex"
cd "$app"
mix run 2>/dev/null | sed -n '/^<env>$/,/^<\/env>$/p' > "$here/dev_run.env"
MIX_ENV=prod mix release --overwrite >/dev/null 2>&1
bin="$app/_build/prod/rel/anemone/bin/anemone"
ANEMONE_RT=eval "$bin" eval "$(cat "$here/rpc_env.exs")" > "$here/prod_eval.out"
ANEMONE_RT=yes "$bin" daemon
for _ in $(seq 1 100); do
  "$bin" pid >/dev/null 2>&1 && break
  sleep 0.2
done
"$bin" rpc "$(cat "$here/rpc_env.exs")" > "$here/prod_rpc.out"
"$bin" stop >/dev/null
