#!/usr/bin/env bash
# Regenerate the conformance goldens with real Elixir (see scripts/regen-goldens.mjs for options).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/regen-goldens.mjs "$@"
