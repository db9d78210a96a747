// Property-based upgrade tests from Elixir (Beamlet.UpgradeCase): the run happens on nodes of its
// own, made by the host (testing/ on Node), so the request leaves this node and the answer comes
// back as a message {:beamlet_upgrade_test, ref, {:ok | :error, report}} to the caller.
import { defineBifs } from "./registry.ts";
import { Bin, atom, bin, tuple, isMap, type MapLike, NIL_ATOM } from "../terms.ts";
import { badarg, elixirRaise } from "../errors.ts";
import { utf8 } from "./util.ts";
import type { Node } from "../node.ts";
import { inspect } from "../inspect.ts";

export interface UpgradeTestRequest {
  spec: string;
  old: string;
  new: string;
  runs?: number;
  seed?: number;
  maxOps?: number;
}

const A_REPLY = atom("beamlet_upgrade_test");

/** an option's value: nil or absent, else an integer >= min (the CLI's --runs >= 1, --seed/--max-ops >= 0) */
function optionalCount(opts: MapLike, key: string, min: number): number | undefined {
  const v = opts.get(atom(key));
  if (v === undefined || v === NIL_ATOM) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) elixirRaise("ArgumentError", `the :${key} option expects an integer >= ${min}, got: ${inspect(v)}`);
  return v;
}

defineBifs("beamlet_upgrade_test", {
  /** start a run: spec, old and new are file paths; opts a map of runs/seed/max_ops */
  "start/4": ([spec, oldFile, newFile, opts], ctx) => {
    if (!(spec instanceof Bin) || !(oldFile instanceof Bin) || !(newFile instanceof Bin) || !isMap(opts)) badarg();
    const node = ctx.node as Node;
    const run = node.host.upgradeTest;
    if (!run) elixirRaise("RuntimeError", "property-based upgrade tests need the beamlet command's host (they are not available in this embedding)");
    const o = opts as MapLike;
    const [s, a, b] = [utf8(spec), utf8(oldFile), utf8(newFile)];
    if (s === undefined || a === undefined || b === undefined) badarg();
    const req: UpgradeTestRequest = { spec: s, old: a, new: b, runs: optionalCount(o, "runs", 1), seed: optionalCount(o, "seed", 0), maxOps: optionalCount(o, "max_ops", 0) };
    const ref = node.makeRef();
    const caller = ctx.process!;
    // a virtual clock (beamlet test) stands still while the run is away: the caller's timers (an
    // ExUnit test's timeout) must not fire because this node had nothing else to do meanwhile
    node.hostBusy(1);
    const answer = (result: ReturnType<typeof tuple>) => {
      node.send(caller, tuple(A_REPLY, ref, result));
      node.hostBusy(-1);
    };
    run(req).then(
      (r) => answer(tuple(atom(r.ok ? "ok" : "error"), bin(r.text))),
      (e) => answer(tuple(atom("error"), bin(`the upgrade test could not run: ${e instanceof Error ? e.message : String(e)}`))),
    );
    return ref;
  },
});
