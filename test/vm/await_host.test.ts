// A BIF whose code the host loads on its first call (registry defineLazyBifs, as the browser
// build's BIF chunks): the calling process waits for the host's promise, not failed, while the
// other processes run, then makes the call again and goes on with its value. Each test defines
// its own probe module, loaded by a load() the test controls.
import { describe, it, expect, afterAll } from "vitest";
import { defineBifs, defineLazyBifs } from "../../vm/bifs/registry.ts";
import { atom, type Term } from "../../vm/terms.ts";
import { setTier } from "../../vm/jit/tier.ts";
import { runElixir, runScriptOn } from "./exits.model.ts";
import { Node } from "../../vm/node.ts";

/** a load the program itself releases (:NAME_ctl.release/0), counting how often it is started */
function gatedLoad(module: string, fns: Record<string, (args: Term[]) => Term>) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const state = { loads: 0 };
  defineBifs(module + "_ctl", { "release/0": () => (release(), atom("ok")) });
  defineLazyBifs(() => {
    state.loads++;
    return gate.then(() => defineBifs(module, fns));
  }, Object.keys(fns).map((k) => `${module}:${k}`));
  return state;
}

/** a load that settles by itself a little later (real time), as a fetch does */
function timedLoad(module: string, fns: Record<string, (args: Term[]) => Term>, fail = false) {
  const state = { loads: 0 };
  defineLazyBifs(() => {
    state.loads++;
    return new Promise<void>((resolve, reject) =>
      setTimeout(() => {
        if (fail) return reject(new Error("network down"));
        defineBifs(module, fns);
        resolve();
      }, 20),
    );
  }, Object.keys(fns).map((k) => `${module}:${k}`));
  return state;
}

const double = ([x]: Term[]) => (x as number) * 2;

describe("a BIF loaded by the host on first use", () => {
  afterAll(() => setTier("auto"));

  it("makes its caller wait (not fail) while the others run; a message does not end the wait", async () => {
    const state = gatedLoad("lazy_probe_a", { "double/1": double });
    const r = await runElixir(
      `
parent = self()
w = spawn(fn -> send(parent, {:got, :lazy_probe_a.double(21)}) end)
until_waiting = fn f ->
  case Process.info(w, :status) do
    {:status, :waiting} -> :ok
    _ -> :erlang.yield(); f.(f)
  end
end
until_waiting.(until_waiting)
IO.puts("others run: #{Enum.sum(1..100)}")
# woken by a message, it makes the call again and waits again
send(w, :poke)
:erlang.yield()
until_waiting.(until_waiting)
IO.inspect({Process.alive?(w), Process.info(w, :message_queue_len)})
:lazy_probe_a_ctl.release()
receive do
  {:got, v} -> IO.inspect(v)
end
IO.inspect(:lazy_probe_a.double(5))
`,
      11,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("others run: 5050\n{true, {:message_queue_len, 1}}\n42\n10\n");
    expect(state.loads).toBe(1);
  });

  for (const tier of ["interp", "jit"] as const) {
    it(`resumes calls in tail position, through apply and from many processes at once (${tier})`, async () => {
      setTier(tier);
      const m = `lazy_probe_b_${tier}`;
      const state = timedLoad(m, { "inc/1": ([x]) => (x as number) + 1 });
      const r = await runElixir(
        `
defmodule P do
  def tail(x), do: :${m}.inc(x)
  def body(x), do: {:${m}.inc(x)}
  def via_apply(x), do: apply(:${m}, :inc, [x])
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, :${m}.inc(acc))
end
parent = self()
for f <- [:tail, :body, :via_apply] do
  spawn(fn -> send(parent, {f, apply(P, f, [1])}) end)
end
spawn(fn -> send(parent, {:loop, P.loop(3000, 0)}) end)
IO.inspect(Enum.sort(for _ <- 1..4, do: receive(do: (m -> m))))
`,
        7,
      );
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe("[body: {2}, loop: 3000, tail: 2, via_apply: 2]\n");
      expect(state.loads).toBe(1);
    });
  }

  it("lets a waiting process be killed, and fails the call as undef when the load fails", async () => {
    timedLoad("lazy_probe_c", { "f/0": () => atom("never") }, true);
    const r = await runElixir(
      `
w = spawn(fn -> :lazy_probe_c.f() end)
ref = Process.monitor(w)
:erlang.yield()
Process.exit(w, :kill)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
try do
  :lazy_probe_c.f()
rescue
  e -> IO.inspect(e.__struct__)
end
`,
      3,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(":killed\nUndefinedFunctionError\n");
  });

  it("waits for it in a macro at compile time: Code.eval_string and a script's defmodule compile again", async () => {
    const m = "lazy_probe_d";
    const state = timedLoad(m, { "value/0": () => 7 });
    const evalState = timedLoad("lazy_probe_e", { "value/0": () => 8 });
    const src = `
defmodule Mac do
  defmacro m(), do: :${m}.value()
  defmacro n(), do: :lazy_probe_e.value()
end
defmodule User do
  require Mac
  def f, do: Mac.m()
end
IO.inspect(User.f())
IO.inspect(Code.eval_string("require Mac; Mac.n() + 1"))
`;
    const r = await runScriptOn((host) => new Node(host), src, 60000);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("7\n{9, []}\n");
    expect([state.loads, evalState.loads]).toEqual([1, 1]);
  });
});
