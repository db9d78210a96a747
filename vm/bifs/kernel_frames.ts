// Kernel's functions that Elixir 1.14 writes as one call of an :erlang BIF (`def hd(list), do:
// :erlang.hd(list)`). Code calling them by name is compiled to the BIF itself, but a call that
// reaches Kernel's function (apply(Kernel, :hd, [[]]), &Kernel.elem/2) fails with the BIF's frame
// and, under it, Kernel's at the line of that call in Elixir's lib/kernel.ex.
import { ErlangError } from "../errors.ts";
import { codeFrame } from "../code_frame.ts";
import type { BifFn } from "./registry.ts";

/** the line of each function's BIF call in Elixir 1.14's lib/kernel.ex */
const BODY_LINES: Record<string, number> = {
  "abs/1": 272, "apply/2": 293, "apply/3": 320, "binary_part/3": 352, "bit_size/1": 372, "byte_size/1": 396,
  "ceil/1": 410, "div/2": 445, "floor/1": 525, "hd/1": 554, "is_function/2": 695, "is_map_key/2": 797,
  "length/1": 814, "map_size/1": 854, "node/1": 931, "rem/2": 956, "round/1": 990, "tl/1": 1256,
  "trunc/1": 1279, "tuple_size/1": 1298, "elem/2": 1747, "put_elem/3": 1764,
};

/** the Kernel functions of `fns` that are one BIF call, each failing in Kernel's frame too */
export function inKernelFrames(fns: Record<string, BifFn>): Record<string, BifFn> {
  const out: Record<string, BifFn> = { ...fns };
  for (const [key, fn] of Object.entries(fns)) {
    const line = BODY_LINES[key];
    if (line === undefined) continue;
    const slash = key.lastIndexOf("/");
    const frame = codeFrame("Elixir.Kernel", key.slice(0, slash), Number(key.slice(slash + 1)), "lib/kernel.ex", line);
    out[key] = (args, ctx) => {
      try {
        return fn(args, ctx);
      } catch (e) {
        // (the BIF named its own frame: Kernel's goes under it)
        if (e instanceof ErlangError && e.kind === "error" && e.stacktrace === undefined && e.callee !== undefined && e.calleeBelow === undefined) e.calleeBelow = [frame];
        throw e;
      }
    };
  }
  return out;
}
