#!/usr/bin/env node
// Random pattern matches, most of them made to fail, run with real `elixir` and with beamlet
// (needs elixir on PATH; not part of `npm test`). Each step takes a random term (nested lists,
// improper lists, tuples, maps with literal keys, strings, charlists, bitstrings, numbers with
// signed zeros and big integers, atoms) and a pattern derived from it, then mutated here and
// there (another literal, a tuple of another size, a missing map key, a repeated variable, a pin
// to another value, a string prefix, binary segments of another size, a guard that fails), and
// matches them in one of many places: `=`, case, fn clauses, a module function's clauses (the
// blamed FunctionClauseError: "Attempted function clauses" with the failing parts marked), with
// and its else, cond, receive, for generators, match?/2. It prints the bindings or the error (its
// message and the program's own frames). Some programs end with an uncaught failing match made
// deep in a call chain, so the whole uncaught-error report (banner, blame, the script's frames)
// and the compile warnings on stderr are compared too, not only the first line.
//
//   node scripts/fuzz-diff-match.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main } from "./fuzz-lib.mjs";

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = (k) => Array.from({ length: k });

  // ---- terms: a tree that knows its source and can give patterns that match it (or not)
  const INTS = ["0", "1", "-1", "2", "7", "255", "256", "-128", "1000", "4294967296", "123456789012345678901234567890", "-18446744073709551616"];
  const FLOATS = ["0.0", "-0.0", "1.0", "1.5", "-2.5", "1.0e16", "1.0e-10", "0.1", "3.0e100"];
  const ATOMS = [":a", ":b", ":ok", ":error", "nil", "true", "false", ":\"x y\"", "Foo", ":é"];
  const STRS = ["", "a", "abc", "héllo", "ok:1", "日本", "a,b", " x ", "\\n"];
  const term = (d) => {
    const k = d <= 0 ? rnd(6) : rnd(12);
    switch (k) {
      case 0: case 1: return { k: "int", s: pick(INTS) };
      case 2: return { k: "float", s: pick(FLOATS) };
      case 3: return { k: "atom", s: pick(ATOMS) };
      case 4: return { k: "str", s: pick(STRS) };
      case 5: return chance(0.5) ? { k: "charlist", s: pick(["ab", "x", "héllo", ""]) } : { k: "bits", segs: n(1 + rnd(3)).map(() => pick([8, 8, 8, 4, 1, 3, 16, 12])).map((size) => ({ v: rnd(Math.min(256, 2 ** size)), size })) };
      case 6: case 7: return { k: "list", items: n(rnd(4)).map(() => term(d - 1)), tail: chance(0.1) ? term(0) : null };
      case 8: case 9: return { k: "tuple", items: n(rnd(4)).map(() => term(d - 1)) };
      case 10: {
        const keys = [...new Set(n(rnd(4)).map(() => pick([":a", ":b", ":c", "\"k\"", "1", "{1, 2}", "nil", "1.0"])))];
        return { k: "map", pairs: keys.map((key) => [key, term(d - 1)]) };
      }
      default: return { k: "keyword", pairs: [...new Set(n(1 + rnd(3)).map(() => pick(["a", "b", "c"])))].map((key) => [key, term(d - 1)]) };
    }
  };
  const bitsSrc = (segs) => `<<${segs.map((s) => `${s.v}::${s.size}`).join(", ")}>>`;
  const src = (t) => {
    switch (t.k) {
      case "int": case "float": case "atom": return t.s;
      case "str": return JSON.stringify(t.s).replace(/\\\\n/g, "\\n");
      case "charlist": return `'${t.s}'`;
      case "bits": return bitsSrc(t.segs);
      case "list": return t.tail ? (t.items.length ? `[${t.items.map(src).join(", ")} | ${src(t.tail)}]` : src(t.tail)) : `[${t.items.map(src).join(", ")}]`;
      case "tuple": return `{${t.items.map(src).join(", ")}}`;
      case "map": return `%{${t.pairs.map(([k, v]) => `${k} => ${src(v)}`).join(", ")}}`;
      case "keyword": return `[${t.pairs.map(([k, v]) => `${k}: ${src(v)}`).join(", ")}]`;
    }
  };

  // ---- patterns: vars of this pattern, pins bound before it, guards on its vars
  const pattern = (t, fail, prefix = "v") => {
    const vars = [], pins = [], typed = [];
    let nv = 0;
    const fresh = (ty) => { const v = `${prefix}${nv++}`; vars.push(v); if (ty) typed.push([v, ty]); return v; };
    const other = () => src(term(1));
    const go = (t, d) => {
      const f = fail && chance(0.12);
      if (f) {
        switch (rnd(4)) {
          case 0: return other();
          case 1: { const p = `p${pins.length}`; pins.push([p, other()]); return `^${p}`; }
          case 2: if (vars.length) return pick(vars); return other(); // a repeated variable
          default: if (t.k === "tuple") return `{${[...t.items, t].map((x) => go(x, d + 1)).join(", ")}}`; return other();
        }
      }
      if (chance(0.12)) return fresh(t.k);
      if (chance(0.04)) return "_";
      if (chance(0.05)) { const p = `p${pins.length}`; pins.push([p, src(t)]); return `^${p}`; }
      if (chance(0.05) && d > 0) return `${go(t, d + 1)} = ${fresh(t.k)}`;
      switch (t.k) {
        case "int": return chance(0.2) ? `${t.s.startsWith("-") ? "" : "+"}${t.s}` : t.s;
        case "float": return t.s === "0.0" || t.s === "-0.0" ? pick(["0.0", "-0.0", "+0.0"]) : t.s;
        case "atom": return t.s;
        case "str": {
          if (t.s.length && chance(0.4)) { const cut = 1 + rnd(Math.min(3, t.s.length)); return `${JSON.stringify(t.s.slice(0, cut))} <> ${fresh("str")}`; }
          if (t.s.length && chance(0.2)) return `<<${fresh("int")}::utf8, ${fresh("str")}::binary>>`;
          if (chance(0.2)) return `<<${fresh("int")}, ${fresh("str")}::binary-size(${rnd(3)})>>`;
          return src(t);
        }
        case "charlist": return t.s.length && chance(0.4) ? `'${t.s.slice(0, 1)}' ++ ${fresh("list")}` : src(t);
        case "bits": {
          const total = t.segs.reduce((a, s) => a + s.size, 0);
          const sz = Math.min(total, pick([1, 3, 4, 8, 8, 16]) + (fail && chance(0.3) ? 7 : 0));
          const kind = pick(["", "-signed", "-little", "-signed-little"]);
          // (a function each: a variable exists only in the pattern that names it)
          return pick([() => `<<${fresh("int")}::size(${sz})${kind}, ${fresh("bits")}::bits>>`, () => `<<${fresh("int")}::${sz}${kind}, _::bitstring>>`, () => `<<_::size(${sz}), ${fresh("bits")}::bitstring>>`, () => src(t)])();
        }
        case "list": {
          // (only the items written: a variable exists only in the pattern that names it)
          const k = !t.tail && t.items.length && chance(0.4) ? 1 + rnd(t.items.length) : t.items.length;
          const items = t.items.slice(0, k).map((x) => go(x, d + 1));
          if (t.tail) return items.length ? `[${items.join(", ")} | ${go(t.tail, d + 1)}]` : go(t.tail, d + 1);
          if (k < t.items.length || (k && chance(0.2))) return `[${items.join(", ")} | ${fresh("list")}]`;
          return `[${items.join(", ")}]`;
        }
        case "tuple": return `{${t.items.map((x) => go(x, d + 1)).join(", ")}}`;
        case "map": {
          const some = t.pairs.filter(() => chance(0.6)).map(([k, v]) => `${k} => ${go(v, d + 1)}`);
          if (fail && chance(0.3)) some.push(`:zz => ${fresh()}`);
          return `%{${some.join(", ")}}`;
        }
        case "keyword": return `[${t.pairs.map(([k, v]) => `${k}: ${go(v, d + 1)}`).join(", ")}]`;
      }
    };
    const p = go(t, 0);
    return { p, vars, pins, typed };
  };
  // a guard over the pattern's vars, true for the types they were given most of the time
  const guardFor = ({ typed }) => {
    const ok = { int: ["is_integer($)", "$ >= 0", "$ > 1", "rem($, 2) == 0", "abs($) < 300", "$ in [0, 1, 7]", "$ in 0..255"], float: ["is_float($)", "$ == 0", "$ > 0.5", "trunc($) == 1"], atom: ["is_atom($)", "$ != nil", "is_boolean($)", "$ in [:a, :ok]"], str: ["is_binary($)", "byte_size($) > 1", "$ != \"\"", "binary_part($, 0, 1) == \"a\""], charlist: ["is_list($)"], list: ["is_list($)", "$ != []", "length($) > 1", "hd($) == ?a"], bits: ["is_bitstring($)", "bit_size($) > 3", "is_binary($)"], tuple: ["is_tuple($)", "tuple_size($) == 2", "elem($, 0) == :a"], map: ["is_map($)", "map_size($) > 1", "is_map_key($, :a)"], keyword: ["is_list($)", "length($) == 2"] };
    if (!typed.length) return null;
    const one = () => { const [v, ty] = pick(typed); return pick(ok[ty] ?? ["is_nil($)"]).replaceAll("$", v); };
    let g = one();
    for (let k = rnd(2); k > 0; k--) g = `${g} ${pick(["and", "or", "when"])} ${one()}`;
    return g;
  };

  const mod = ["defmodule F do"];
  let nf = 0;
  // a module function of 1-3 clauses derived from one term, so a call with it may fail any of them
  const defFun = (t) => {
    const name = `f${nf++}`;
    const arity = 1 + rnd(2);
    const clauses = n(1 + rnd(3)).map((_, c) => {
      const args = n(arity).map((_, k) => (k === 0 ? pattern(t, chance(0.7)) : pattern(term(0), chance(0.3), chance(0.2) ? "v" : "w")));
      const g = chance(0.4) ? guardFor({ typed: args.flatMap((a) => a.typed) }) : null;
      // (a pin in a head is a compile error: use the literal instead)
      const heads = args.map((a) => { let p = a.p; for (const [pv, v] of a.pins) p = p.replaceAll(`^${pv}`, v); return p; });
      // (a second argument's variables are w0.., or v0.. sometimes: a name in two arguments must match both)
      return `  def ${name}(${heads.join(", ")})${g ? ` when ${g}` : ""}, do: {${c}, binding()}`;
    });
    mod.push(...clauses);
    return { name, arity };
  };

  const matchStep = () => {
    const t = term(2 + rnd(2));
    const fail = chance(0.6);
    const pt = pattern(t, fail);
    const pinLines = pt.pins.map(([p, v]) => `${p} = id(${v})\n      `).join("");
    const val = `id(${src(t)})`;
    const g = chance(0.3) ? guardFor(pt) : null;
    const when = g ? ` when ${g}` : "";
    switch (rnd(10)) {
      case 0: case 1: return `${pinLines}${pt.p} = ${val}\n      binding()`;
      case 2: return `${pinLines}case ${val} do\n        ${pt.p}${when} -> {:matched, binding()}\n        ${pick(["[] -> :empty", "{} -> :empty", ":zz -> :zz", "x when is_integer(x) -> {:int, x}"])}\n      end`;
      case 3: return `${pinLines}f = fn\n        ${pt.p}${when} -> {:matched, binding()}\n        ${pick(["{:zz} -> :zz", "x when is_atom(x) -> {:atom, x}", "nil -> :zz"])}\n      end\n      f.(${val})`;
      case 4: {
        const { name, arity } = defFun(t);
        const args = [val, ...n(arity - 1).map(() => `id(${src(term(0))})`)];
        return `F.${name}(${args.join(", ")})`;
      }
      case 5: return `${pinLines}with ${pt.p}${when} <- ${val}${chance(0.5) ? `,\n           ${pick(["true <- id(true)", "{:ok, w} <- id({:ok, 1})", "[_ | _] <- id([])"])}` : ""} do\n        {:matched, binding()}\n      ${chance(0.5) ? `else\n        ${pick(["[] -> :else_empty", ":error -> :else_error", "x when is_tuple(x) -> {:else, x}", "other -> {:else, other}"])}\n      ` : ""}end`;
      case 6: return `${pinLines}{match?(${pt.p}${when}, ${val}), binding()}`;
      case 7: return `${pinLines}send(self(), ${val})\n      send(self(), :other)\n      receive do\n        ${pt.p}${when} -> {:matched, binding()}\n      after\n        0 -> {:timeout, flush()}\n      end`;
      case 8: return `${pinLines}for ${pt.p}${when} <- id([${src(t)}, ${src(term(1))}, ${src(t)}]), do: binding()`;
      default: return `${pinLines}cond do\n        match?(${pt.p}, ${val}) -> :yes\n        ${pick(["id(false) -> :no", "id(nil) -> :no"])}\n      end`;
    }
  };

  const steps = n(o.steps).map((_, i) => `    step(${i}, fn ->\n      ${matchStep()}\n    end)`);
  // the end: an uncaught failing match two calls deep, or a clean end
  let ending = `    IO.puts("end")`;
  if (chance(0.5)) {
    const t = term(2);
    const pt = pattern(t, true);
    const kind = rnd(4);
    const body = kind === 0 ? `${pt.p} = x\n    binding()` : kind === 1 ? `case x do\n      ${pt.p} -> binding()\n    end` : kind === 2 ? `with ${pt.p} <- x, do: binding(), else: (:zz -> :zz)` : null;
    if (body && !pt.pins.length) {
      mod.push(`  def deep(x) do\n    ${body}\n  end`);
      ending = `    IO.inspect(F.outer(id(${src(t)})))`;
    } else {
      const { name, arity } = defFun(t);
      mod.push(`  def deep(x), do: ${name}(${["x", ...n(arity - 1).map(() => src(term(0)))].join(", ")})`);
      ending = `    IO.inspect(F.outer(id(${src(t)})))`;
    }
    mod.push(`  def outer(x) do\n    r = deep(x)\n    {:ok, r}\n  end`);
  }
  mod.push("end\n");
  return `${mod.join("\n")}
defmodule Main do
  def id(x), do: x

  def flush(acc \\\\ []) do
    receive do
      m -> flush([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def step(i, f) do
    r =
      try do
        {:ok, f.()}
      rescue
        e ->
          {b, st} = Exception.blame(:error, e, __STACKTRACE__)
          own = for {m, f, a, loc} <- st, m in [Main, F], do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
          {:raised, b.__struct__, Exception.message(b), own}
      catch
        k, v -> {k, v}
      end

    IO.puts("#{i}: #{inspect(r)}")
  end

  def run do
${steps.join("\n")}
${ending}
  end
end

Main.run()
`;
}

const o = options(1);
main("fuzz-diff-match", gen, { ...o, wholeStderr: true });
