// The garbage of bench/json_roundtrip.exs (a JSON encoder to iodata and a decoder by binary
// clauses): the run spent nearly half its CPU in V8's garbage collector. What each piece made, and
// no longer makes, counted here by the calls that made it (the outputs are elixir 1.14's for
// these scripts):
// - a map literal was made by one put per key, each copying both arrays of the flatmap twice
//   (slice, then a grown store for splice) and splice's empty answer: now filled in place, so no
//   put and no splice while 2,000 six-key literals and 12,000 Map.put calls run;
// - `==` of two flatmaps made an array of [key, value] pairs of each (entries()): now in place;
// - iolist_to_binary of a short list wrote into a view of the slab made for it (subarray):
//   now straight into the slab at the binary's offset;
// - `<<"true", r::binary>>` in compiled code went through readSegment, which made a view of the
//   subject's bytes, a sub-binary to compare and an answer object: now compared in place;
// - Enum.map_intersperse over a map (the encoder's objects) copied its accumulator in reverse
//   (:lists.reverse): its cells are the fold's own, turned around in place as Enum.map's are.
import { it, expect, afterEach } from "vitest";
import { Node } from "../../vm/node.ts";
import { SmallMap } from "../../vm/map.ts";
import { setTier } from "../../vm/jit/tier.ts";
import { lookupBif } from "../../vm/bifs/registry.ts";
import { runElixir, runScriptOn } from "./exits.model.ts";

const realSplice = Array.prototype.splice;
const realPut = SmallMap.prototype.put;
const realEntries = SmallMap.prototype.entries;
const realSubarray = Uint8Array.prototype.subarray;
afterEach(() => {
  Array.prototype.splice = realSplice;
  SmallMap.prototype.put = realPut;
  SmallMap.prototype.entries = realEntries;
  Uint8Array.prototype.subarray = realSubarray;
});

/** `body` run with the counter on, counting calls of f (a prototype's method, replaced meanwhile) */
async function counting<T>(install: (count: () => void) => void, body: () => Promise<T>): Promise<{ r: T; n: number }> {
  let n = 0, on = false;
  install(() => void (on && n++));
  on = true;
  try {
    const r = await body();
    return { r, n };
  } finally {
    on = false;
  }
}

it("map literals and Map.put on a flatmap copy its arrays once, without put or splice", async () => {
  const src = `
defmodule M do
  def run(0, acc), do: acc
  def run(i, acc) do
    m = %{"id" => i, "name" => "u", "tags" => [i], "active" => true, "score" => i * 7, "x" => nil}
    m2 = Enum.reduce(["z", "a", "m", "id", "q", "b"], m, fn k, m -> Map.put(m, k, i) end)
    run(i - 1, acc + map_size(m) + map_size(m2) + m2["id"])
  end
end
IO.puts(M.run(2000, 0))
IO.inspect(%{"b" => 1, "a" => 2, "b" => 3, 1.0 => :f, 1 => :i})
IO.inspect(Map.delete(%{a: 1, b: 2, c: 3}, :b))
`;
  let splices = 0;
  const { r, n: puts } = await counting(
    (count) => {
      SmallMap.prototype.put = function (this: SmallMap, k, v) { count(); return realPut.call(this, k, v); };
      Array.prototype.splice = function (this: unknown[], ...a: unknown[]) { splices++; return (realSplice as (...x: unknown[]) => unknown[]).apply(this, a); } as typeof realSplice;
    },
    () => runElixir(src, 1),
  );
  expect(r.stdout, r.stderr).toBe('2035000\n%{1 => :i, 1.0 => :f, "a" => 2, "b" => 3}\n%{a: 1, c: 3}\n');
  // (before: 12,000 puts of the literals besides Map.put's 12,000, and 24,000 splices)
  expect(puts, `SmallMap puts: ${puts}`).toBeLessThan(13_000);
  expect(splices, `splices: ${splices}`).toBeLessThan(1_000);
});

it("== of flatmaps compares their arrays in place", async () => {
  const src = `
l = for i <- 1..2000, do: %{"id" => i, "name" => "user#{i}", "x" => nil}
l2 = for i <- 1..2000, do: %{"id" => i, "name" => "user#{i}", "x" => nil}
IO.puts(l == l2)
IO.puts(%{a: 1, b: 2.0} == %{a: 1.0, b: 2})
IO.puts(%{a: 1, b: 2.0} === %{a: 1.0, b: 2})
IO.inspect(Enum.sort([%{b: 1}, %{a: 2}, %{a: 1, b: 0}, %{a: 1}]))
`;
  const { r, n } = await counting(
    (count) => void (SmallMap.prototype.entries = function (this: SmallMap) { count(); return realEntries.call(this); }),
    () => runElixir(src, 1),
  );
  expect(r.stdout, r.stderr).toBe("true\ntrue\nfalse\n[%{a: 1}, %{a: 2}, %{b: 1}, %{a: 1, b: 0}]\n");
  // (before: two per comparison, 4,000 for the lists)
  expect(n, `entries() calls: ${n}`).toBeLessThan(500);
});

it("iolist_to_binary of short lists and literal binary segments make no views of bytes", async () => {
  const src = `
defmodule D do
  def val(<<"true", r::binary>>), do: {true, r}
  def val(<<"false", r::binary>>), do: {false, r}
  def val(<<"null", r::binary>>), do: {nil, r}
  def val(<<"nul", r::binary>>), do: {:short, r}
  def val(b), do: {:other, b}
  def run(0, acc), do: acc
  def run(i, acc) do
    s = IO.iodata_to_binary(Enum.reverse([?a, ?b, ?c | [rem(i, 200)]]))
    {a, _} = val("true,")
    {b, _} = val("false]")
    {c, r} = val("null")
    run(i - 1, acc + byte_size(s) + if(a and not b and c == nil and r == "", do: 1, else: 0))
  end
end
IO.puts(D.run(10_000, 0))
IO.inspect([D.val("nul!"), D.val("tru"), D.val(<<"null", 1::3>>), D.val(""), D.val(<<"true"::binary, 7>>)])
IO.inspect(:erlang.iolist_to_binary([]))
`;
  const g = globalThis as { process: { env: Record<string, string | undefined> } };
  const dumped: string[] = [];
  const error = console.error;
  setTier("jit");
  g.process.env.BEAMLET_JIT_DUMP = "Elixir.D";
  console.error = (s: unknown) => void dumped.push(String(s));
  try {
    const { r, n } = await counting(
      (count) => void (Uint8Array.prototype.subarray = function (this: Uint8Array, a?: number, b?: number) { count(); return realSubarray.call(this, a, b); }),
      () => runScriptOn((host) => new Node(host), src, 120000),
    );
    expect(r.stdout, r.stderr).toBe('50000\n[\n  short: "!",\n  other: "tru",\n  other: <<110, 117, 108, 108, 1::size(3)>>,\n  other: "",\n  true: "\\a"\n]\n""\n');
    // (before: one view per list joined and two per literal segment read, 50,000 here)
    expect(n, `subarray calls: ${n}`).toBeLessThan(5_000);
    const source = dumped.join("\n");
    expect(source).toContain("function f");
    expect(source.match(/\breadSegment\(/g) ?? []).toEqual([]);
  } finally {
    console.error = error;
    delete g.process.env.BEAMLET_JIT_DUMP;
    setTier("auto");
  }
});

it("Enum.map_intersperse over a map or a range reverses its own accumulator in place", async () => {
  const src = `
defmodule E do
  def run(0, acc), do: acc
  def run(i, acc) do
    l = Enum.map_intersperse(%{"a" => i, "b" => 2, "c" => 3}, ",", fn {k, v} -> [k, ":", Integer.to_string(v)] end)
    r = Enum.map_intersperse(1..3, 0, &(&1 * i))
    run(i - 1, acc + length(l) + length(r))
  end
end
IO.puts(E.run(3000, 0))
IO.inspect(Enum.map_intersperse(%{a: 1, b: 2}, :sep, fn {k, v} -> {v, k} end))
IO.inspect(Enum.map_intersperse(MapSet.new([3, 1, 2]), "-", &to_string/1))
IO.inspect(Enum.map_intersperse(Stream.map(1..3, & &1), :s, & &1))
IO.inspect(Enum.map_intersperse(%{}, :x, & &1))
`;
  const entry = lookupBif("lists", "reverse", 1)! as { fn: (...a: unknown[]) => unknown };
  const real = entry.fn;
  setTier("interp");
  try {
    const { r, n } = await counting(
      (count) => void (entry.fn = (...a: unknown[]) => { count(); return real(...a); }),
      () => runElixir(src, 1),
    );
    expect(r.stdout, r.stderr).toBe('30000\n[{1, :a}, :sep, {2, :b}]\n["1", "-", "2", "-", "3"]\n[1, :s, 2, :s, 3]\n[]\n');
    // (before: one :lists.reverse/1 per call over the map and the range, 6,000 here)
    expect(n, `lists:reverse/1 calls: ${n}`).toBeLessThan(1_000);
  } finally {
    entry.fn = real;
    setTier("auto");
  }
});
