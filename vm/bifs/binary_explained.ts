// The :binary functions whose failures OTP 25's erl_stdlib_errors explains from the arguments
// alone: a badarg they raise keeps only its cause (:badopt); the texts are worked out when the
// error is formatted (vm/bifs/binary_errors.ts, loaded then), as OTP's formatter does.
import { BADARG, ErlangError } from "../errors.ts";
import type { Diagnosis } from "../error_info.ts";
import type { BifFn } from "./registry.ts";

const EXPLAINED = new Set([
  "at/2", "bin_to_list/1", "bin_to_list/2", "bin_to_list/3", "compile_pattern/1", "copy/1", "copy/2",
  "decode_unsigned/1", "decode_unsigned/2", "encode_unsigned/1", "encode_unsigned/2", "first/1", "last/1",
  "list_to_bin/1", "longest_common_prefix/1", "longest_common_suffix/1", "match/2", "match/3",
  "matches/2", "matches/3", "part/2", "part/3", "referenced_byte_size/1", "split/2", "split/3",
  "replace/3", "replace/4",
]);

/** `fns` of the binary module: each badarg of an explained one is left for binary_errors.ts to word */
export function explainedBinaryBifs(fns: Record<string, BifFn>): Record<string, BifFn> {
  const out: Record<string, BifFn> = {};
  for (const [key, fn] of Object.entries(fns)) {
    out[key] = !EXPLAINED.has(key) ? fn : (args, ctx) => {
      try {
        return fn(args, ctx);
      } catch (e) {
        if (e instanceof ErlangError && e.kind === "error" && e.reason === BADARG && e.stacktrace === undefined && e.callee === undefined) {
          const cause = typeof e.diagnosis?.cause === "string" ? e.diagnosis.cause : undefined;
          const d: Diagnosis = { args: [], deferredTo: "beamlet_binary_errors" };
          if (cause !== undefined) d.cause = cause;
          e.diagnosis = d;
        }
        throw e;
      }
    };
  }
  return out;
}
