// The wall clock reaches the language through the node: the host's clock (Host.wallClock and
// Host.utcOffsetMinutes), or on a deterministic node a virtual clock that starts at
// 2024-01-01T00:00:00Z and moves with the node's virtual time.
import { describe, it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { atom } from "../../vm/terms.ts";
import { parse } from "../../lang/parse.ts";
import { compileScript } from "../../compiler/compile.ts";
import { nodeHost } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { compilerHost } from "../../vm/boot.ts";
import { subMillisecondClock } from "../../vm/wall_clock.ts";

async function run(src: string, hostExtra: object, deterministic: boolean): Promise<string> {
  let out = "";
  const host = { ...nodeHost(), ...hostExtra, write(fd: 1 | 2, text: string) { if (fd === 1) out += text; } };
  const node = new Node(host, deterministic ? { deterministic: { seed: 1 } } : {});
  loadLibraryCached(node);
  const script = compileScript(parse(src, "clock.exs"), "clock.exs", compilerHost(node, new Map()), [], { fileEntry: true });
  node.code.loadCompiled(script);
  node.main = node.spawn(null, atom("beamlet_boot"), [atom(script.name)], atom("run_script"))[0];
  await node.runLoop();
  return out;
}

describe("wall clock", () => {
  it("comes from the host", async () => {
    // 2026-03-04T05:06:07.089Z, in a zone two hours east of UTC
    const ms = Date.UTC(2026, 2, 4, 5, 6, 7, 89);
    const out = await run(
      `IO.inspect(DateTime.utc_now())
       IO.inspect(:calendar.universal_time())
       IO.inspect(:calendar.local_time())
       IO.inspect(NaiveDateTime.local_now())
       IO.inspect(:os.timestamp())
       IO.inspect(System.os_time(:millisecond))
       IO.inspect(Date.utc_today())`,
      { wallClock: () => ms, utcOffsetMinutes: () => 120 }, false);
    expect(out).toBe([
      "~U[2026-03-04 05:06:07.089000Z]",
      "{{2026, 3, 4}, {5, 6, 7}}",
      "{{2026, 3, 4}, {7, 6, 7}}",
      "~N[2026-03-04 07:06:07]",
      "{" + Math.floor(ms / 1e9) + ", " + (Math.floor(ms / 1000) % 1e6) + ", 89000}",
      String(ms),
      "~D[2026-03-04]",
      "",
    ].join("\n"));
  });

  it("keeps the host's fraction of a millisecond (microseconds, as the BEAM's)", async () => {
    const ms = Date.UTC(2026, 2, 4, 5, 6, 7, 89) + 0.25;
    const out = await run(
      `IO.inspect(System.os_time(:microsecond))
       IO.inspect(:os.system_time(:microsecond))
       IO.inspect(DateTime.utc_now())
       IO.inspect(:os.timestamp())`,
      { wallClock: () => ms }, false);
    expect(out).toBe([String(ms * 1000), String(ms * 1000), "~U[2026-03-04 05:06:07.089250Z]", "{" + Math.floor(ms / 1e9) + ", " + (Math.floor(ms / 1000) % 1e6) + ", 89250}", ""].join("\n"));
  });

  it("reads the monotonic clock from the wall clock's origin, which follows Date.now()", () => {
    // (the CLI's host: not whole milliseconds, as Date.now() alone gives)
    const host = nodeHost();
    const reads = Array.from({ length: 20 }, () => host.wallClock!());
    expect(reads.some((t) => !Number.isInteger(t))).toBe(true);
    expect(Math.abs(reads[19] - Date.now())).toBeLessThan(5);
    // (a monotonic clock a quarter of a millisecond into the current wall millisecond)
    const at = Date.now();
    const clock = subMillisecondClock({ now: () => 10.25, timeOrigin: at - 10 });
    expect(clock() - at).toBeCloseTo(0.25, 6);
    // (an origin an hour off, as after the system clock was set: the wall clock's, from then on)
    const off = subMillisecondClock({ now: () => 10.25, timeOrigin: at - 3_600_000 });
    expect(Math.abs(off() - Date.now())).toBeLessThan(5);
    expect(Math.abs(off() - Date.now())).toBeLessThan(5);
  });

  it("is virtual on a deterministic node", async () => {
    const out = await run(
      `IO.inspect(DateTime.utc_now())
       Process.sleep(90_000)
       IO.inspect(DateTime.utc_now() |> DateTime.truncate(:second))
       IO.inspect(:calendar.local_time())`,
      { wallClock: () => { throw new Error("a deterministic node must not read the host clock"); } }, true);
    expect(out).toBe("~U[2024-01-01 00:00:00.000000Z]\n~U[2024-01-01 00:01:30Z]\n{{2024, 1, 1}, {0, 1, 30}}\n");
  });
});
