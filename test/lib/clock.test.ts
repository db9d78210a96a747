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
