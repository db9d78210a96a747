// An upgrade test runs on nodes of its own, away from the caller's node. On a virtual clock (as
// `beamlet test` and deterministic runs have) the caller's node must not skip ahead to its next
// timer meanwhile: an ExUnit test's 60 s timeout fired after a few real seconds under load.
import { describe, it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { runScriptOn } from "../vm/exits.model.ts";

describe(":beamlet_upgrade_test on a virtual clock", () => {
  it("keeps the caller's clock still while the run is away", async () => {
    const src = `
ref = :beamlet_upgrade_test.start("spec.exs", "old.ex", "new.ex", %{})
t0 = System.monotonic_time(:millisecond)
receive do
  {:beamlet_upgrade_test, ^ref, result} -> IO.inspect({result, System.monotonic_time(:millisecond) - t0})
after
  60_000 -> IO.puts("timed out")
end
`;
    const r = await runScriptOn(
      (host) =>
        new Node(
          {
            ...host,
            // answers a little later in real time, as a run on other nodes does
            upgradeTest: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true, text: "5 runs" }), 50)),
          },
          { virtualClock: true },
        ),
      src,
      60000,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe('{{:ok, "5 runs"}, 0}\n');
  });
});
