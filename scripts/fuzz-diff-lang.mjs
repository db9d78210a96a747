#!/usr/bin/env node
// Random programs over the language's own forms, run with real `elixir` and with beamlet (needs
// elixir on PATH; not part of `npm test`). Each program defines structs (with defaults and
// enforced keys) and a module of random multi-clause functions whose heads have random patterns
// and guards, then runs random steps, each printed as its value or its error: calls of those
// functions, struct building and updates (%S{s | k: v}, struct/struct!, map update syntax on
// structs and maps), comprehensions (several generators, pattern generators, filters, bitstring
// generators, into:, uniq:, reduce:), with/else chains, receive with after (and what is left in
// the mailbox), try/rescue/catch/after with throw/exit/error, integer and float arithmetic edges
// (div/rem by zero, big integers, float printing), atoms that need quotes, charlists and their
// inspect forms.
//
//   node scripts/fuzz-diff-lang.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main, MAIN_PRELUDE } from "./fuzz-lib.mjs";

const STRUCTS = `defmodule S do
  defstruct a: 1, b: nil, c: []
end

defmodule T do
  @enforce_keys [:k]
  defstruct [:k, v: 0]
end
`;

const HEADER = `${MAIN_PRELUDE}
  # what a step left in the mailbox
  def flush(acc \\\\ []) do
    receive do
      m -> flush([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
`;

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = (k) => Array.from({ length: k });
  const ints = ["0", "1", "-1", "2", "3", "7", "-13", "255", "256", "1_000_000", "123456789012345678901234567890", "-98765432109876543210", "576460752303423488", "0x7FFFFFFFFFFFFFFF"];
  const floats = ["0.0", "-0.0", "0.1", "1.5", "-2.5", "1.0e16", "1.0e-10", "123456789.125", "1.0e300", "5.0e-324", "2.675", "0.30000000000000004", "100.0", "1.0e15", "9007199254740993.0"];
  const atomNames = ["a", "ok", "nil", "true", "Foo", "Elixir.Foo", "Elixir", "foo bar", "foo-bar", "foo?", "foo!", "?", "!", "@", "a@b", "9x", "é", "É", "ok?", "a.b", "Foo.Bar", "Foo.bar", "foo.Bar", "...", "..", ".", "//", "::", "&&", "<<>>", "%{}", "{}", "%", "\\n", "\\\"", "+", "-", "++", "--", "..//", "<>", "|>", "=~", "\\\\", "_", "_a", "A", "aB", "a_B", "ab?c", "a!b", "", "Ω", "☃", "ok@", "@a", "fn", "do", "end", "when", "in", "not", "and", "&", "^", "=", "==", "===", "~>", "<~>", "<|>", "**", "->", "::a", "Elixir.foo", "Elixir.Foo.Bar", "Elixir..", "\\u00A0"];
  const atomE = () => chance(0.5) ? `:"${pick(atomNames)}"` : `String.to_atom(${JSON.stringify(pick(atomNames).replace(/\\(.)/g, (m, c) => (c === "n" ? "\n" : c === "u" ? "\\u" : c)).replace("\\u00A0", "\u00a0"))})`;
  const strs = ['""', '"abc"', '"héllo"', '"a b c"', '"  x  "', '"ÅÄÖ"', '"日本"', '"a,b,,c"', '"\\n"', '"🎉"', '<<255>>', '<<0, 1>>', '"ß"', '"İ"', '"Straße"', '"abc" <> <<200>>'];
  const charlists = ["'abc'", "'héllo'", "[]", "[?a, 200]", "[0]", "[?a | ?b]", "'a\\nb'", "[955]", "[0x1F600]", "'\\e[0m'", "[7, 8, 9]", "[127]", "'a' ++ [256]"];
  const scalar = () => pick([() => pick(ints), () => pick(floats), atomE, () => pick(strs), () => pick(charlists), () => pick([":a", ":b", "nil", "true", "false"])])();
  const value = (d = 0) => {
    if (d > 2) return scalar();
    switch (rnd(9)) {
      case 0: return `[${n(rnd(4)).map(() => value(d + 1)).join(", ")}]`;
      case 1: return `{${n(rnd(4)).map(() => value(d + 1)).join(", ")}}`;
      case 2: return `%{${n(rnd(3)).map(() => `${pick(["a", "b", "c"])}: ${value(d + 1)}`).join(", ")}}`;
      case 3: return `%S{${n(rnd(3)).map(() => `${pick(["a", "b", "c"])}: ${value(d + 1)}`).join(", ")}}`;
      case 4: return `%{${n(rnd(3)).map(() => `${value(d + 1)} => ${value(d + 1)}`).join(", ")}}`;
      default: return scalar();
    }
  };
  // a value the compiler cannot see through (no compile-time errors or type warnings)
  const rv = () => `id(${value()})`;

  // the module of random functions: patterns and guards over one or two arguments
  const PATS = ["x", "[x | _]", "[x, y]", "{x, y}", "{:ok, x}", "%{a: x}", "%S{a: x}", "%S{} = x", "%_{} = x", "%{__struct__: y} = x", "<<x, _::binary>>", "<<x::4, y::4>>", "\"a\" <> x", "[]", "x = [_ | _]", "0", "+0.0", "-0.0", ":a", "'ab' ++ x", "{_, _, _} = x", "[{x, _} | y]"];
  const GUARDS = ["is_integer(x)", "is_float(x)", "is_number(x)", "is_atom(x)", "is_binary(x)", "is_bitstring(x)", "is_list(x)", "is_map(x)", "is_tuple(x)", "is_nil(x)", "is_boolean(x)", "is_struct(x)", "is_struct(x, S)", "is_map_key(x, :a)", "x > 0", "x < 0", "x == 0", "x === 0", "x == 0.0", "x >= :a", "x != nil", "rem(x, 2) == 1", "div(x, 2) > 0", "abs(x) > 1", "x * 1.5 > 2", "byte_size(x) > 1", "bit_size(x) == 4", "length(x) == 2", "map_size(x) > 0", "tuple_size(x) == 2", "elem(x, 0) == :ok", "hd(x) == 1", "x in [1, 2, :a]", "x in 1..3", "x in 1..10//3", "not is_atom(x)", "x and true", "x or true", "is_function(x)", "trunc(x) == 1", "round(x) == 2", "floor(x) == 1", "ceil(x) == 2", "x.a == 1", "binary_part(x, 0, 1) == \"a\"", "is_exception(x)", "y == 1", "is_list(y)", "y != []", "x - 1 in [0, 1]", "Bitwise.band(x, 1) == 1", "x <> \"\" == \"a\""];
  // guards over the variables the pattern binds (rarely one it does not: a compile error)
  const guard = (p) => {
    const bound = (v) => new RegExp(`\\b${v}\\b`).test(p);
    const ok = chance(0.02) ? GUARDS : GUARDS.filter((g) => (bound("x") || !/\bx\b/.test(g)) && (bound("y") || !/\by\b/.test(g)));
    const one = () => (ok.length ? pick(ok) : pick(["true", "false", "1 < 2"]));
    let g = one();
    for (let k = rnd(3); k > 0; k--) g = `${chance(0.2) ? "not " : ""}${g} ${pick(["and", "or", "when"])} ${one()}`;
    return g;
  };
  const funs = [];
  const mod = ["defmodule F do"];
  for (let f = 1; f <= 3; f++) {
    const lines = [];
    for (let c = 0; c < 2 + rnd(3); c++) {
      const p = pick(PATS);
      const g = chance(0.7) ? ` when ${guard(p)}` : "";
      // (an unused variable is only a warning; a clause whose pattern binds nothing returns its tag)
      lines.push(`  def f${f}(${p})${g}, do: {${c}, binding() |> Enum.sort()}`);
    }
    if (chance(0.3)) lines.push(`  def f${f}(_), do: :fallback`);
    mod.push(...lines);
    funs.push(`F.f${f}`);
  }
  mod.push("end\n");

  // fns applied on the spot (`(fn 1 -> :r end).(x)`) in random places: whether Erlang's compiler
  // inlines them and which function their FunctionClauseError names (the enclosing one, an
  // -f/1-inlined-N- one, or the fn's own -f/1-fun-N-)
  const spots = [];
  mod.push("defmodule G do");
  for (let g = 1; g <= 3; g++) {
    const arity = 1 + rnd(2);
    const params = n(arity).map((_, k) => `p${k}`);
    const fnArity = arity === 2 && chance(0.4) ? 1 : arity;
    const PAT1 = ["1", ":a", "{x, _}", "x when is_atom(x)", "[_ | _]", "x when x > 1", "nil", "\"s\""];
    const clauses = n(1 + rnd(2)).map(() => n(fnArity).map(() => pick(PAT1)));
    const body = () => pick([":r", ":r", `{:r, ${pick(params)}}`, "nil", "false"]);
    const fnText = (sep) => `fn${sep}${clauses.map((c) => `${c.join(", ").replace(/ when .*?(, |$)/g, (m, end) => end)}${c.find((x) => x.includes(" when ")) ? ` when ${c.find((x) => x.includes(" when ")).split(" when ")[1]}` : ""} -> ${body()}`).join(";" + sep)}${sep}end`;
    const arg = () => pick([...params, ...params, "1", ":a", "{:a, 1}", `{${pick(params)}, 1}`, `[${pick(params)}]`, `${pick(params)} + 0`, `%{k: ${pick(params)}}`, `"#{${pick(params)}}"`]);
    const multiLine = chance(0.25);
    const fn = fnText(multiLine ? "\n      " : " ");
    const app = `(${fn}).(${n(fnArity).map(arg).join(", ")})`;
    const ctx = pick(["$", "$", "{:ok, $}", "case $ do :r -> 1; _ -> 2 end", "case $ do v -> v end", "if($, do: 1, else: 2)", "$ && :ok", "!$", "(:r = $)",
      "try(do: $, after: :ok)", "(IO.write(\"\"); $)", "(v = $; v)", "[$]", "cond do $ -> 1; true -> 2 end", "with :r <- $, do: 1", "$ == :r"]);
    const expr = ctx.replace("$", app);
    const bound = chance(0.2) ? `(f = ${fn}; f.(${n(fnArity).map(() => pick(params)).join(", ")}))` : expr;
    if (chance(0.2)) mod.push(`  def g${g}(${n(arity).map(() => ":zz").join(", ")}), do: :zz`);
    if (chance(0.3)) mod.push(`  def g${g}(${params.join(", ")}) do\n    ${bound}\n  end`);
    else mod.push(`  def g${g}(${params.join(", ")}), do: (${bound})`);
    spots.push([`G.g${g}`, arity]);
  }
  mod.push("end\n");
  const spotArg = () => pick(["1", "2", ":a", ":b", "{1, 2}", "[1]", "[]", "\"s\"", "nil", "3"]);

  const steps = [
    // fns applied on the spot: the error and the function its frame names
    () => {
      const [f, arity] = pick(spots);
      return `try do\n      ${f}(${n(arity).map(() => `id(${spotArg()})`).join(", ")})\n    rescue\n      e in FunctionClauseError -> {Exception.message(e), hd(__STACKTRACE__) |> elem(1)}\n    end`;
    },
    // random clause heads and guards
    () => `${pick(funs)}(${chance(0.7) ? rv() : pick(["id(1)", "id(2)", "id(-1)", "id([1, 2])", "id({:ok, 1})", "id(%S{})", "id(%S{a: 2})", "id(\"ab\")", "id(<<1::4, 2::4>>)", "id(1.5)", "id(:a)", "id(%{a: 1})", "id([{1, 2}])", "id('ab')", "id({1, 2, 3})"])})`,
    // structs: defaults, updates, enforced keys, struct/struct!, patterns on the struct name
    () => pick([
      `%S{id(%S{}) | a: ${value()}}`, `%S{id(${value()}) | b: 1}`, `%{id(%S{}) | c: ${value()}}`, `%{id(%S{}) | zz: 1}`,
      `struct(S, ${pick(["[a: 2, zz: 3]", "%{b: 1}", "[]", "%{a: 1, __struct__: T}", "[{\"a\", 1}]"])})`,
      `struct!(S, ${pick(["[a: 2]", "[zz: 3]", "%{b: 1}", "[c: [1]]"])})`, `struct!(T, ${pick(["[]", "[k: 1]", "[v: 2]", "%{k: nil}"])})`,
      `struct(T, ${pick(["[]", "[k: 1]", "[v: 2]"])})`, `%T{k: ${value()}}`, `Map.put(id(%S{}), :zz, 1)`, `Map.delete(id(%S{}), :a)`,
      `(case id(${value()}) do %S{a: a} -> {:s, a}; %name{} -> {:struct, name}; _ -> :other end)`,
      `(%S{a: a} = id(${pick(["%S{}", "%{a: 1}", "%T{k: 1}", value()])}); a)`, `Map.from_struct(id(%S{a: ${value()}}))`,
      `is_struct(id(${value()}), S)`, `match?(%S{}, id(%{__struct__: S}))`, `Map.keys(id(%T{k: 1}))`, `Map.merge(%S{}, id(${value()}))`,
      `%S{} == %S{a: 1}`, `Enum.sort([%S{a: 2}, %S{a: 1}, %T{k: 0}, %{a: 0}])`, `put_in(id(%S{}).a, ${value()})`, `update_in(id(%S{c: [1]}).c, &[0 | &1])`,
      `get_in(id(%S{a: %{x: 1}}), [Access.key(:a), :x])`, `Access.get(id(%S{}), :a)`, `id(%S{}).zz`, `id(%S{})[:a]`,
    ]),
    // the map update syntax and access
    () => `${pick([`%{id(${value()}) | a: ${value()}}`, `%{id(${value()}) | "k" => 1}`, `%{id(%{a: 1, b: 2}) | a: 0, b: 1}`, `id(${value()}).a`, `id(${value()})[:a]`, `Map.update!(id(${value()}), :a, &{&1})`, `Map.fetch!(id(${value()}), :b)`, `%{a: x} = id(${value()}); x`, `%{"k" => v} = id(%{"k" => 1, k: 2}); v`])}`,
    // comprehensions
    () => {
      const gens = n(1 + rnd(2)).map((_, k) => pick([
        `x${k} <- ${pick(["[1, 2, 3]", "1..4", "[]", "[:a, 1, \"b\", 2.0]", rv(), "%{a: 1, b: 2}", "~w(a b)", "[[1], [2, 3]]", "1..0//1", "5..1//-2"])}`,
        `{:ok, x${k}} <- ${pick(["[{:ok, 1}, :error, {:ok, 2}, {:ok}]", rv()])}`,
        `x${k} when x${k} > 1 <- ${pick(["[1, 2, 3]", "[0, 5, :a]", rv()])}`,
        `<<x${k} <- ${pick(['"abc"', "<<1, 2, 3>>", '"é"', "<<1, 2::4>>", rv()])} >>`,
        `<<x${k}::${pick(["4", "utf8", "16", "binary-size(1)", "2-signed"])} <- ${pick(['"abé"', "<<1, 2, 3, 4>>", "<<255, 0>>", rv()])} >>`,
        `[x${k} | _] <- ${pick(["[[1], [], [2, 3], :a]", rv()])}`,
      ]));
      const vars = gens.map((_, k) => `x${k}`);
      const filter = () => pick([`${vars[0]} != 2`, `is_integer(${vars[0]})`, `${vars[0]}`, `rem(${vars[0]}, 2) == 0`, "true", "nil", `${vars[0]} > :a`, `${vars[vars.length - 1]} not in [1, :a]`, `send(self(), {:seen, ${vars[0]}})`]);
      const filters = chance(0.5) ? n(1 + rnd(2)).map(filter) : [];
      const body = pick([`{${vars.join(", ")}}`, vars[0], `${vars[0]} * 2`, `to_string(${vars[0]})`, `<<${vars[0]}>>`, `{${vars[0]}, ${vars[0]}}`]);
      const opt = pick(["", "", ", into: %{}", ", into: \"\"", ", into: []", ", uniq: true", ", into: MapSet.new()", `, into: ${rv()}`, ", reduce: 0", ", reduce: []",
        // uniq: with each kind of :into (a non-empty one goes through Collectable, value by value)
        ", into: %{z: 0}, uniq: true", ", uniq: true, into: %{}", ", into: MapSet.new([0]), uniq: true", ", into: \"a\", uniq: true", ", into: \"\", uniq: true", `, into: ${rv()}, uniq: true`]);
      if (opt.includes("reduce")) return `for ${[...gens, ...filters].join(", ")}${opt} do\n      acc -> ${pick(["acc + 1", `[${vars[0]} | acc]`, `acc + ${vars[0]}`])}\n    end`;
      return `for ${[...gens, ...filters].join(", ")}${opt}, do: ${body}`;
    },
    // with/else
    () => {
      const cl = n(1 + rnd(3)).map((_, k) => pick([`{:ok, a${k}} <- id(${pick(["{:ok, 1}", ":error", "{:error, :x}", "{:ok, nil}", value()])})`, `a${k} when is_integer(a${k}) <- id(${value()})`, `a${k} = id(${value()})`, `[a${k} | _] <- id(${pick(["[1]", "[]", "'a'", value()])})`, `true <- id(${pick(["true", "false", "nil", "1"])})`, `%{a: a${k}} <- id(${value()})`]));
      const els = pick(["", `\n    else\n      :error -> :else_error\n      {:error, e} -> {:else, e}`, `\n    else\n      x when is_list(x) -> {:else_list, x}`, `\n    else\n      other -> {:else_other, other}`]);
      return `with ${cl.join(",\n         ")} do\n      binding() |> Enum.sort()${els}\n    end`;
    },
    // receive with after: what matches first, and what is left
    () => {
      const msgs = n(rnd(4)).map(() => pick(["1", ":a", "{:ok, 1}", "{:ok, 2}", "{:error, :x}", "[1]", "\"s\"", "{:DOWN, 1}"]));
      const clauses = n(1 + rnd(2)).map(() => `${pick(["{:ok, x}", "x when is_integer(x)", ":a", "{tag, _} when tag != :ok", "[_ | _] = l", "x when is_binary(x)", "_"])} -> {:got, binding() |> Enum.sort()}`);
      const after = pick(["0", "0", "10", "id(0)", ":infinity"]);
      // (an infinite wait needs a clause that matches whatever is there)
      const cls = after === ":infinity" ? [...clauses, "_ -> :any"] : clauses;
      return `${msgs.map((m) => `send(self(), ${m})`).join("; ")}${msgs.length ? "; " : ""}${after === ":infinity" ? "send(self(), :last); " : ""}r = receive do\n      ${cls.join("\n      ")}\n    after\n      ${after} -> :timeout\n    end\n    {r, flush()}`;
    },
    // try with throw/exit/error and after
    () => {
      const fail = pick(["throw(:t)", "throw({:t, 1})", "exit(:x)", "exit({:shutdown, 1})", ":erlang.error(:e)", ":erlang.error({:e, 1})", "raise \"r\"", "raise ArgumentError", "1 / id(0)", "id(:a) + 1", "elem(id({}), 0)", "[] = id([1])", "id(%{}).k", ":v", "send(self(), :in_body)", "Process.exit(self(), :normal); :alive"]);
      const handlers = pick([
        "rescue\n      e in [ArithmeticError, ArgumentError] -> {:rescued, e}\n    catch\n      :throw, v -> {:thrown, v}",
        "catch\n      k, v -> {:caught, k, v}",
        "rescue\n      e -> {:any, e.__struct__, Exception.message(e)}",
        "catch\n      :exit, r -> {:exit, r}\n      x -> {:throw, x}",
        "rescue\n      ErlangError -> :erlang_error\n      e in KeyError -> {:key, e.key}",
        "else\n      v -> {:else, v}\n    catch\n      v -> {:thrown, v}",
      ]);
      const after = chance(0.6) ? `\n    after\n      send(self(), :after_ran)${chance(0.15) ? "\n      throw(:from_after)" : ""}` : "";
      return `{try do\n      ${fail}\n    ${handlers}${after}\n    end, flush()}`;
    },
    // integer and float arithmetic edges
    () => pick([
      `${pick(["div", "rem", "Integer.mod", "Integer.floor_div"])}(id(${pick(ints)}), id(${pick(["0", ...ints])}))`,
      `id(${pick([...ints, ...floats])}) ${pick(["/", "*", "+", "-"])} id(${pick([...ints, ...floats])})`,
      `${pick(["to_string", "inspect", "Float.to_string", "Kernel.to_string", "&\"#{&1}\"", "&:erlang.float_to_binary/1", "&Float.round(&1, 2)", "&IO.iodata_to_binary(:io_lib.format('~p', [&1]))"]).replace(/^(&.*)$/, "($1).").replace(/^([\w.]+)$/, "$1")}(id(${pick(floats)} ${pick(["*", "/", "+", "-"])} ${pick(floats)}))`,
      `${pick(["trunc", "round", "floor", "ceil", "abs"])}(id(${pick([...floats, ...ints])}))`,
      `{id(${pick(ints)}) ${pick(["==", "===", "<", ">"])} id(${pick(floats)}), id(${pick(ints)}) ${pick(["==", "===", "<", ">"])} id(${pick(ints)})}`,
      `Integer.pow(id(${pick(["2", "-3", "10", "0"])}), id(${pick(["0", "1", "63", "64", "100", "-1"])}))`,
      `Bitwise.${pick(["bsl", "bsr", "band", "bor", "bxor"])}(id(${pick(ints)}), id(${pick(["1", "63", "64", "-1", "100"])}))`,
      `:math.${pick(["sqrt", "log", "exp", "pow(2.0, $X)", "fmod($X, 0.0)", "log2", "atan2($X, 0.0)"]).replace(/^(\w+)$/, "$1($X)").replaceAll("$X", `id(${pick([...floats, ...ints])})`)}`,
      `${pick(["Integer.to_string", "Integer.digits", "inspect", "&Integer.to_string(&1, 16)", "&inspect(&1, base: :binary)"]).replace(/^(&.*)$/, "($1).")}(id(${pick(ints)}))`,
      `id(${pick(floats)}) |> then(&{&1 == -&1, &1 === -&1, -&1})`,
    ]),
    // atoms that need quotes, charlists, and their inspect forms
    () => pick([
      `inspect(${atomE()})`, `Atom.to_string(${atomE()})`, `inspect([{${atomE()}, 1}])`, `inspect(%{${atomE()} => 1, a: 2})`, `inspect({${atomE()}})`,
      `inspect([${atomE()}, ${atomE()}])`, `to_string(${atomE()})`, `"#{${atomE()}}"`, `inspect(${atomE()}, ${pick(["as_atoms: true", "limit: 1", "structs: false"])})`,
      `inspect(${pick(charlists)}${pick(["", ", charlists: :as_lists", ", charlists: :as_charlists"])})`, `List.to_string(${pick(charlists)})`, `to_charlist(${pick(strs)})`,
      `String.to_charlist(${pick(strs)}) |> inspect()`, `IO.chardata_to_string([${pick(charlists)}, ${pick(strs)}])`, `:erlang.list_to_atom(${pick(charlists)})`,
      `inspect(String.to_atom(${pick(strs)}))`, `inspect([{String.to_atom(${pick(strs)}), 1}])`, `Macro.to_string(quote(do: ${pick(["unquote(" + atomE() + ")", "f(:a, b: 1)", "[{:\"a b\", 1}]", "%{:\"a-b\" => 1}"])}))`,
      `Code.format_string!(inspect(${atomE()})) |> IO.iodata_to_binary()`, `inspect(${atomE()}) |> Code.string_to_quoted()`,
    ]),
  ];
  const lines = [];
  for (let i = 0; i < o.steps; i++) {
    const s = pick(steps)();
    lines.push(`    step(${i}, fn ->\n    ${s}\n    end)`);
  }
  return `${STRUCTS}\n${mod.join("\n")}\n${HEADER}\n  def run do\n${lines.join("\n")}\n    IO.puts("end")\n  end\nend\n\nMain.run()\n`;
}

main("fuzz-diff-lang", gen, options(16101));
