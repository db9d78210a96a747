// upgrade check on an in-process node (issue 13, part 1): the plan (changed / unchanged, vsn and
// md5), code_change/3 run on a copy of the live state in a shadow node, and --replay of the
// recorded messages on the migrated copy, which catches a new version that cannot handle what
// the live server receives. The live node is never changed.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { compilerHost } from "../../vm/boot.ts";
import { compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { writeModule } from "../../vm/bytecode_file.ts";
import { nodeHost, useSources } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { upgradeCheck } from "../../cli/release/upgrade_check.ts";
import { evalTerm } from "../../cli/release/shadow_node.ts";
import { binFromBytes } from "../../vm/terms.ts";

const V1 = `defmodule Acc do
  use GenServer
  @vsn 1
  def init(items), do: {:ok, items}
  def handle_cast({:push, x}, items), do: {:noreply, [x | items]}
  def handle_call(:items, _from, items), do: {:reply, items, items}
end
`;
// version 2 keeps the items in a map; code_change/3 converts (or, planted, forgets to)
const V2 = (convert: boolean) => `defmodule Acc do
  use GenServer
  @vsn 2
  def init(items), do: {:ok, %{items: items}}
  def handle_cast({:push, x}, %{items: items} = s), do: {:noreply, %{s | items: [x | items]}}
  def handle_call(:items, _from, s), do: {:reply, s.items, s}
  def code_change(1, items, _extra), do: {:ok, ${convert ? "%{items: items}" : "items"}}
end
`;

let tmp = "";
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-upgrade-check-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function liveNode(trace: number): Promise<{ node: Node; loop: Promise<number>; out: () => string }> {
  let out = "";
  const node = new Node({ ...nodeHost(), write: (_fd, t) => { out += t; } }, { traceMessages: trace });
  loadLibraryCached(node);
  for (const m of compileModules(parse(V1, "acc.ex"), "acc.ex", compilerHost(node, useSources()))) node.code.loadCompiled(m);
  const loop = node.runLoop();
  const r = await evalTerm(node, `
    {:ok, pid} = GenServer.start(Acc, [], name: :acc)
    for x <- 1..4, do: GenServer.cast(pid, {:push, x})
    GenServer.call(pid, :items)`, {});
  expect(r.ok && r.value).toBeTruthy();
  return { node, loop, out: () => out };
}

function ebinWith(name: string, source: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  const probe = new Node(nodeHost());
  loadLibraryCached(probe);
  for (const m of compileModules(parse(source, `${name}.ex`), `${name}.ex`, compilerHost(probe, useSources()))) fs.writeFileSync(path.join(dir, m.name + ".bbc"), writeModule(m));
  return dir;
}

describe("upgrade check", () => {
  it("runs code_change on a copy and replays the recorded messages on the migrated state", async () => {
    const { node, loop } = await liveNode(10);
    try {
      const good = await upgradeCheck(node, { dirs: [ebinWith("good", V2(true))], replay: 3 });
      expect(good.ok, good.text).toBe(true);
      expect(good.changed.map((c) => [c.module, c.oldVsn, c.newVsn])).toEqual([["Elixir.Acc", "[1]", "[2]"]]);
      expect(good.text).toContain("  server :acc #PID<");
      expect(good.text).toContain("code_change(1, [4, 3, 2, 1], nil) -> {:ok, %{items: [4, 3, 2, 1]}}");
      // the last 3 messages: two casts and the call
      expect(good.text).toContain("replayed 3 recorded messages on the migrated state -> %{items: [4, 3, 4, 3, 2, 1]}");

      const bad = await upgradeCheck(node, { dirs: [ebinWith("bad", V2(false))], replay: 3 });
      expect(bad.ok).toBe(false);
      expect(bad.text).toContain("code_change(1, [4, 3, 2, 1], nil) -> {:ok, [4, 3, 2, 1]}");
      expect(bad.text).toMatch(/replaying message 1 of 3 \(\{:"\$gen_cast", \{:push, 3\}\}\) on the migrated state raised:\n +\*\* \(FunctionClauseError\) no function clause matching in Acc\.handle_cast\/2/);
      expect(bad.text).toMatch(/verdict: unsafe\n  - :acc #PID<[\d.]+>: code_change/);

      // nothing changed on the live node
      const vsn = await evalTerm(node, "inspect({Acc.module_info(:attributes)[:vsn], :sys.get_state(:acc), :erlang.check_old_code(Acc)})", {});
      expect(vsn.ok && new TextDecoder().decode((vsn as any).value.bytes)).toBe("{[1], [4, 3, 2, 1], false}");

      // observe() (the REPL's table) after loading version 2 without migrating: Acc has old code
      const dir = ebinWith("observed", V2(true));
      const loaded = await evalTerm(node, `:code.load_binary(Acc, ~c"acc", File.read!(Path.join(dir, "Elixir.Acc.bbc")))`, { dir: binFromBytes(new TextEncoder().encode(dir)) });
      expect(loaded.ok).toBe(true);
      const table = await evalTerm(node, ":beamlet.observe_table()", {});
      const text = new TextDecoder().decode((table as any).value.bytes);
      expect(text).toMatch(/^node nonode@nohost · \d+ processes · \d+ modules · 0 on old code\n/);
      expect(text).toMatch(/#PID<[\d.]+> +:acc +:gen_server\.loop\/7 +current /);
      expect(text).toMatch(/\nAcc +\[2\] +[0-9a-f]{8} +\[1\] +0\n/);
    } finally {
      node.halt(0);
      await loop;
    }
  }, 300_000);

  it("says so when the node records no messages", async () => {
    const { node, loop } = await liveNode(0);
    try {
      const r = await upgradeCheck(node, { dirs: [ebinWith("good2", V2(true))], replay: 3 });
      expect(r.ok).toBe(true);
      expect(r.text).toContain("no messages to replay: the node does not record them (start it with BEAMLET_TRACE_MESSAGES=N)");
    } finally {
      node.halt(0);
      await loop;
    }
  }, 300_000);
});
