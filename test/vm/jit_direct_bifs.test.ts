// BIFs with a direct form (vm/bifs/registry.ts defineDirect): compiled code and the interpreter
// call it with the arguments in place instead of the BIF, and the BIF only where the direct form
// cannot answer.
// Logger's level check is one: a discarded Logger.debug in a hot loop makes no BIF call, and what
// it answers follows every change of level (primary, module, process) as the interpreter's does.
import { describe, it, expect, afterAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { setTier, type Tier } from "../../vm/jit/tier.ts";
import { lookupBif } from "../../vm/bifs/registry.ts";
import { runScriptOn, type RunResult } from "./exits.model.ts";

async function run(src: string, tier: Tier): Promise<RunResult> {
  setTier(tier);
  try {
    return await runScriptOn((host) => new Node(host), src, 120000);
  } finally {
    setTier("auto");
  }
}

/** calls of the BIF module:name/arity (the level check's by default) while f runs */
async function bifCalls<T>(f: () => Promise<T>, name = "logger_should_log", arity = 2, module = "beamlet"): Promise<[T, number]> {
  const entry = lookupBif(module, name, arity)! as { fn: (...a: unknown[]) => unknown };
  const bif = entry.fn;
  let calls = 0;
  entry.fn = (...a) => {
    calls++;
    return bif(...a);
  };
  try {
    return [await f(), calls];
  } finally {
    entry.fn = bif;
  }
}

// (the rounds print what real elixir prints, Logger's time stamps aside)
const ROUNDS = `
require Logger

defmodule Chatty do
  require Logger
  def loop(0), do: :ok
  def loop(n) do
    Logger.debug("d")
    Logger.info("i")
    Logger.warn("w")
    loop(n - 1)
  end
  def round(round, change) do
    change.()
    loop(4)
    Logger.flush()
    IO.puts("round #{round} #{inspect(Logger.level())}")
  end
end

defmodule Other do
  require Logger
  def once, do: Logger.debug("o")
end

Logger.configure(level: :error)
Chatty.round(1, fn -> :ok end)
Chatty.round(2, fn -> Logger.configure(level: :info) end)
Chatty.round(3, fn -> :logger.set_primary_config(:level, :warning) end)
Chatty.round(4, fn -> Logger.put_module_level(Chatty, :debug) end)
Other.once()
Logger.flush()
Chatty.round(5, fn -> Logger.delete_module_level(Chatty) end)
Chatty.round(6, fn -> Logger.configure(level: :debug); Logger.put_process_level(self(), :warning) end)
Chatty.round(7, fn -> Logger.delete_process_level(self()) end)
Chatty.round(8, fn -> Logger.configure(level: :none) end)
Chatty.round(9, fn -> :persistent_term.put({:some, :key}, 1); Logger.configure(level: :info) end)
`;

const TIME = /\b\d{2}:\d{2}:\d{2}\.\d{3}\b/g;

afterAll(() => setTier("auto"));

describe("direct forms of BIFs in compiled code and the interpreter", () => {
  it.each(["jit", "interp"] as const)("a discarded Logger.debug in a hot loop makes no call of the level check's BIF (%s)", async (tier) => {
    // (Logger.configure right before: its call to the application controller leaves the controller
    // in the run queue, signalled by the call's demonitor, which the scheduler skips: the process
    // still runs alone)
    const src = `
require Logger
defmodule Hot do
  require Logger
  def run(0), do: :ok
  def run(n) do
    Logger.debug("step #{n}")
    run(n - 1)
  end
end
Logger.configure(level: :info)
IO.inspect(Hot.run(3000))
`;
    const [r, calls] = await bifCalls(() => run(src, tier));
    expect(r.stdout).toBe(":ok\n");
    expect(calls).toBeLessThan(100);
  });

  it.each(["jit", "interp"] as const)("protocol dispatch in a hot loop (interpolation, a protocol of the program's) makes no call of impl_for!'s BIF (%s)", async (tier) => {
    // (a struct's implementation, a missing one and one loaded on demand take the BIF: not here)
    const src = `
defprotocol Sized do
  def size(x)
end
defimpl Sized, for: List do
  def size(l), do: length(l)
end
defmodule Hot do
  def run(0, acc), do: acc
  def run(n, acc), do: run(n - 1, acc + byte_size("n=#{n} #{:a}") + Sized.size([n]))
end
IO.inspect(Hot.run(3000, 0))
`;
    const [r, calls] = await bifCalls(() => run(src, tier), "impl_for!", 3);
    expect(r.stdout).toBe("25893\n");
    expect(calls).toBeLessThan(100);
  });

  it.each(["jit", "interp"] as const)("Keyword lookups in a hot loop make no call of :lists.keyfind's or keymember's BIF (%s)", async (tier) => {
    // (what real elixir 1.14 prints; the odd keys, positions and lists take the BIFs: their
    // answers and errors are the BIFs')
    const src = `
defmodule Hot do
  def run(0, kw, acc), do: {acc, kw}
  def run(n, kw, acc) do
    kw = Keyword.put(kw, :b, n)
    acc = acc + Keyword.get(kw, :b) + Keyword.get(kw, :z, 1) + Keyword.fetch!(kw, :a)
    acc = if Keyword.has_key?(kw, :c), do: acc + 1, else: acc
    run(n - 1, Keyword.delete(kw, :c), acc)
  end
end
IO.inspect(Hot.run(3000, [a: 1, b: 2, c: 3, d: 4], 0))
IO.inspect({:lists.keyfind(2, 1, [{1.0, :a}, {2.0, :b}]), :lists.keymember(2, 1, [{1.0, :a}, {2.0, :b}]), :lists.keyfind(:c, 2, [{:a}, {1, :c}]), :lists.keyfind({1, 2}, 1, [{{1, 2.0}, :a}]), :lists.keyfind("k", 1, [{"k", 1}])})
IO.inspect(try do :lists.keyfind(:c, 0, [a: 1]) rescue e -> e end)
IO.inspect(try do :lists.keymember(:c, 1, [{:a, 1} | :x]) rescue e -> e end)
`;
    const [[r, keyfinds], keymembers] = await bifCalls(() => bifCalls(() => run(src, tier), "keyfind", 3, "lists"), "keymember", 3, "lists");
    expect(r.stdout).toBe(`{4507501, [b: 1, a: 1, d: 4]}
{{2.0, :b}, true, {1, :c}, {{1, 2.0}, :a}, {"k", 1}}
%ArgumentError{
  message: "errors were found at the given arguments:\\n\\n  * 2nd argument: out of range\\n"
}
%ArgumentError{
  message: "errors were found at the given arguments:\\n\\n  * 3rd argument: not a proper list\\n"
}
`);
    expect(keyfinds + keymembers).toBeLessThan(100);
  });

  it("Logger's macros let through in compiled code what they let through in the interpreter, as levels change", async () => {
    const interp = await run(ROUNDS, "interp");
    const jit = await run(ROUNDS, "jit");
    expect(jit.stderr).toBe(interp.stderr);
    expect(jit.stdout.replace(TIME, "T")).toBe(interp.stdout.replace(TIME, "T"));
    // what real elixir 1.14 logs in each round (debug, info, warning entries; Other.once/0 nothing)
    // (each round's line comes after its entries: printing first would leave the IO server runnable, and the level check to the Elixir code)
    const rounds = interp.stdout.replace(TIME, "T").split(/^round .*$/m).slice(0, -1);
    const logged = rounds.map((r) => [..."diw"].map((c) => r.split(`] ${c}\n`).length - 1).join(""));
    expect(logged).toEqual(["000", "044", "004", "444", "004", "004", "444", "000", "044"]);
  });
});
