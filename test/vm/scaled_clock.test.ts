// A node with a time scale (BEAMLET_TIME_SCALE, which the e2e tests set to 0.1) shortens its
// timers; its clock must run as much faster, or a timeout fires before the program's own clock
// says it is due: an ExUnit test's 60 s timeout fired while the suite reported "Finished in 6.4
// seconds". The host's clock here is a fake one that moves only to the deadline of the host timer
// it fires, so the run is the same on a loaded machine.
import { describe, it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { runScriptOn } from "./exits.model.ts";

/** a host clock that stands still while the node runs and jumps to each host timer's deadline */
function fakeClockHost<H extends { now(): number; setTimer(ms: number, cb: () => void): { cancel(): void } }>(host: H): H {
  let nowMs = 1000;
  return {
    ...host,
    now: () => nowMs,
    setTimer(ms: number, cb: () => void) {
      const at = nowMs + ms;
      let live = true;
      setImmediate(() => {
        if (!live) return;
        nowMs = Math.max(nowMs, at);
        cb();
      });
      return { cancel: () => { live = false; } };
    },
  };
}

const run = (src: string) => runScriptOn((host) => new Node(fakeClockHost(host), { timeScale: 0.1 }), src, 60000);

describe("a node with a time scale", () => {
  it("a receive timeout, a send_after and a sleep fire when the node's clock has passed them", async () => {
    const r = await run(`
t0 = System.monotonic_time(:millisecond)
receive do
  :never -> :ok
after
  60_000 -> :ok
end
t1 = System.monotonic_time(:millisecond)
ref = Process.send_after(self(), :tick, 5_000)
left = Process.read_timer(ref)
receive do
  :tick -> :ok
end
t2 = System.monotonic_time(:millisecond)
{slept, :ok} = :timer.tc(fn -> Process.sleep(2_000) end)
IO.inspect({t1 - t0 in 60_000..60_010, left in 4_990..5_000, t2 - t1 in 5_000..5_010, slept in 2_000_000..2_010_000})
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("{true, true, true, true}\n");
  });

  it("an ExUnit test's timeout fails it only once the suite's own clock has passed it", async () => {
    const r = await run(`
ExUnit.start(autorun: false, seed: 0)
defmodule SlowTest do
  use ExUnit.Case
  @tag timeout: 60_000
  test "waits forever" do
    Process.sleep(:infinity)
  end
end
t0 = System.monotonic_time(:millisecond)
%{failures: 1} = ExUnit.run()
IO.inspect(System.monotonic_time(:millisecond) - t0 >= 60_000, label: "past the timeout")
`);
    expect(r.stdout).toContain("** (ExUnit.TimeoutError) test timed out after 60000ms");
    expect(r.stdout).toMatch(/Finished in 60\.\d seconds/);
    expect(r.stdout).toContain("past the timeout: true\n");
  });
});
