// The two execution tiers against the same goldens: a representative subset of the conformance
// programs (calls, patterns, guards, closures, binaries, floats, errors with their stack traces,
// processes, two-version code loading) run with BEAMLET_TIER=interp and with BEAMLET_TIER=jit
// (every module version compiled at its first call), and both must print what real Elixir
// printed. The whole suite runs in either tier with
// `BEAMLET_TIER=jit npx vitest run test/conformance.test.ts`.
import { describe, it, expect } from "vitest";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram, goldensOf, observed } from "./conformance/run_program.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CONF = join(ROOT, "test", "conformance");
const BIN = resolve(ROOT, "cli/bin.js");
const TIMEOUT_S = 60;

const SUBSET = [
  "core/mod_recursion.exs",
  "core/mutual_recursion.exs",
  "core/match_guards.exs",
  "core/match_maps_nested.exs",
  "core/map_key_places_shared.exs",
  "core/pattern_binary_ip.exs",
  "core/lit_floats.exs",
  "core/op_arith.exs",
  "core/recursion_accumulators.exs",
  "core/uncaught_function_clause.exs",
  "core/try_in_loops.exs",
  "core/pure_bifs_common_cases.exs",
  "core/arith_literal_operands.exs",
  "core/bif_argument_reasons.exs",
  "core/binary_append_accumulator_loops.exs",
  "traces/anonymous_fn.exs",
  "traces/arith_operator.exs",
  "traces/deep_nested.exs",
  "traces/function_clause_args.exs",
  "hardening/tail_call_frames.exs",
  "processes/process_ring.exs",
  "processes/genserver_counter.exs",
  "processes/selective_receive.exs",
  "processes/io_request_waits.exs",
  "code/local_loop_stays_old.exs",
  "code/remote_call_switches.exs",
  "code/purge_kills_old.exs",
  "code/fun_bound_to_code_md5.exs",
  "code/stack_frames_old_code.exs",
  "library/protocol_dispatch_hot.exs",
  "fuzz/protocol_undefined_frames.exs",
];

for (const tier of ["interp", "jit"]) {
  describe(`conformance subset, BEAMLET_TIER=${tier}`, () => {
    for (const rel of SUBSET) {
      it(rel, { timeout: (TIMEOUT_S + 30) * 1000 }, async () => {
        const file = join(CONF, rel);
        const r = await runProgram(BIN, file, TIMEOUT_S, { BEAMLET_TIER: tier });
        if (r.error) throw new Error(r.error);
        const expected = goldensOf(file);
        expect(observed(r, file, expected, TIMEOUT_S), `${rel} (${tier})\n${r.stderr.split("\n").slice(0, 15).join("\n")}`).toEqual(expected);
      });
    }
  });
}
