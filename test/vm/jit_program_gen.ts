// Random Elixir programs for the differential test of the two tiers (jit_tiers.test.ts): a module
// of functions with several clauses (tuple, list, map, literal patterns, guards) whose bodies mix
// arithmetic on integers and floats, comparisons, data construction, case, closures, binaries and
// calls to earlier functions; the script calls each on a set of arguments and prints the value, or
// the exception with its whole stack trace. Many calls fail (arithmetic on a tuple, no clause
// matching): the errors are half of what is compared.

/** a small seeded generator (mulberry32) */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomProgram(seed: number): string {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: T[]): T => xs[int(xs.length)];
  const nfuns = 3 + int(4);

  function literal(): string {
    return pick(["0", "1", "2", "-3", "7", "1.5", "-0.25", ":a", ":ok", "[]", "{1, 2}", "[1, 2, 3]", "%{k: 1}", '"ab"', "nil", "true", "100000000000"]);
  }

  function expr(vars: string[], fi: number, depth: number): string {
    const v = () => pick(vars);
    if (depth <= 0) return r() < 0.6 ? v() : literal();
    const e = () => expr(vars, fi, depth - 1);
    switch (int(14)) {
      case 0: return `${e()} + ${e()}`;
      case 1: return `${e()} - ${e()}`;
      case 2: return `${e()} * ${e()}`;
      case 3: return `(${e()} < ${e()})`;
      case 4: return `{${e()}, ${e()}}`;
      case 5: return `[${e()} | ${e()}]`;
      case 6: return fi > 0 ? `f${int(fi)}(${e()}, ${e()})` : e();
      case 7: {
        const x = `c${depth}`;
        return `(case ${e()} do\n {${x}, _} when is_integer(${x}) -> ${expr([...vars, x], fi, depth - 1)}\n [${x} | _] -> ${x}\n ${x} when is_float(${x}) -> ${x} * 2\n _ -> ${e()}\n end)`;
      }
      case 8: {
        const z = `z${depth}`;
        return `(fn ${z} -> ${expr([...vars, z], fi, depth - 1)} end).(${e()})`;
      }
      case 9: return `Map.get(%{k: ${e()}}, :k)`;
      case 10: return `rem(${e()}, 7)`;
      case 11: return `(${e()} == ${e()})`;
      case 12: return `<< ${e()}::8, "x">>`;
      default: return `elem({${e()}, ${e()}}, ${int(3)})`;
    }
  }

  const funs: string[] = [];
  for (let fi = 0; fi < nfuns; fi++) {
    const clauses = [
      `  def f${fi}({x, y}, b) when is_integer(x) and x > ${int(5) - 2}, do: ${expr(["x", "y", "b"], fi, 2)}`,
      `  def f${fi}([h | t], b), do: ${expr(["h", "t", "b"], fi, 2)}`,
      `  def f${fi}(%{k: k}, b), do: ${expr(["k", "b"], fi, 2)}`,
      `  def f${fi}(${int(3)}, b), do: ${expr(["b"], fi, 2)}`,
      // guards that raise on most arguments: the raise fails that alternative, not the call
      `  def f${fi}(a, b) when a + 1 > ${int(5)} when length(b) > 1 or hd(b) == a, do: ${expr(["a", "b"], fi, 2)}`,
      `  def f${fi}(a, b) when is_number(a), do: ${expr(["a", "b"], fi, 3)}`,
    ];
    // some functions have no catch-all clause: FunctionClauseError with the arguments
    funs.push(clauses.filter(() => r() < 0.8).join("\n") || clauses[clauses.length - 1]);
  }
  const args = ["0", "3", "2.5", "{4, 1}", "{-1, 2}", "[1, 2]", "%{k: 5}", ":a", '"s"', "[]"];
  const calls: string[] = [];
  for (let fi = 0; fi < nfuns; fi++) {
    for (let k = 0; k < 4; k++) calls.push(`P.show(fn -> G.f${fi}(${pick(args)}, ${pick(args)}) end)`);
  }
  return `defmodule G do
${funs.join("\n")}
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + rem(n, 3))
end

defmodule P do
  def show(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}"); IO.inspect(__STACKTRACE__)
    end
  end
end

IO.inspect(G.loop(${20000 + int(20000)}, 0))
${calls.join("\n")}
`;
}
