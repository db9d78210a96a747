#!/usr/bin/env node
// Random programs over terms and their printing, run with real `elixir` and with beamlet (needs
// elixir on PATH; not part of `npm test`). Each step prints its value (inspect) or its error:
// random big-integer and float arithmetic (div/rem/mod/floor_div by signs, bit operations and
// shifts, int/float comparisons, float printing through inspect, to_string, interpolation,
// Float.round and :erlang.float_to_binary), binaries built from random segments (sizes, units,
// endianness, signedness, floats, utf) and matched back with random patterns, term order of mixed
// lists (sort, min/max, ==/===), maps of up to 40 integer, string and tuple keys (inspect order of
// small and large maps), inspect of nested structures with limits and printable/charlist lists,
// string interpolation of every term type, and small recursive functions and closures (folds,
// counters, accumulators over bignums).
//
//   node scripts/fuzz-diff-terms.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main, MAIN_PRELUDE } from "./fuzz-lib.mjs";

const HEADER = `${MAIN_PRELUDE}
  # recursion helpers the steps call
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)
  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)
  def sum_to(0, acc), do: acc
  def sum_to(n, acc), do: sum_to(n - 1, acc + n)
  def pow_mod(_b, 0, _m), do: 1
  def pow_mod(b, e, m) when rem(e, 2) == 0, do: pow_mod(rem(b * b, m), div(e, 2), m)
  def pow_mod(b, e, m), do: rem(b * pow_mod(b, e - 1, m), m)
  def depth([h | t]), do: max(depth(h) + 1, depth(t))
  def depth(_), do: 0
  def flat([]), do: []
  def flat([h | t]), do: flat(h) ++ flat(t)
  def flat(x), do: [x]
`;

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = (k) => Array.from({ length: k });
  // a random integer: small, near a power of two (machine-word edges), or of many digits
  const digits = (k) => String(1 + rnd(9)) + n(k - 1).map(() => rnd(10)).join("");
  const intL = () => {
    const sign = chance(0.4) ? "-" : "";
    switch (rnd(5)) {
      case 0: return sign + rnd(20);
      case 1: return sign + rnd(100000);
      case 2: { const p = pick([7, 8, 15, 16, 27, 28, 31, 32, 52, 53, 59, 60, 63, 64, 65, 100, 128]); return `${sign}${(2n ** BigInt(p) + BigInt(rnd(3) - 1)).toString()}`; }
      default: return sign + digits(1 + rnd(40));
    }
  };
  // a random float literal: from random bits (finite), or an edge of printing
  const floatL = () => {
    if (chance(0.5)) return pick(["0.0", "-0.0", "0.1", "0.2", "0.3", "1.0", "-1.5", "2.5", "1.0e15", "1.0e16", "9.999999999999999e15", "1.0e-5", "0.0001", "123456789.0", "1.0e21", "1.0e22", "1.7976931348623157e308", "2.2250738585072014e-308", "5.0e-324", "4.35", "1.005", "2.675", "0.5", "-0.5", "3.0e-7", "1.2345678901234567e19", "9007199254740993.0", "100.0", "1.0e100"]);
    const b = new DataView(new ArrayBuffer(8));
    for (;;) {
      for (let i = 0; i < 8; i++) b.setUint8(i, rnd(256));
      b.setUint8(0, (b.getUint8(0) & 0x80) | (0x3c + rnd(8))); // exponents from about 1e-19 to 1e19
      const x = b.getFloat64(0);
      if (Number.isFinite(x)) { const t = String(x).replace(/e\+?/, "e"); return /[.e]/.test(t) ? t.replace(/^(-?\d+)e/, "$1.0e") : t + ".0"; }
    }
  };
  const numL = () => (chance(0.6) ? intL() : floatL());
  const atoms = [":a", ":b", ":ok", "nil", "true", "false", ":\"with space\"", ":Foo", "Foo.Bar", ":é", ":\"9\""];
  const strs = ['""', '"a"', '"abc"', '"héllo"', '"a\\nb"', '"\\""', '"日本"', '<<255>>', '<<0, 1>>', '<<1::3>>', '<<200, 3::5>>', '"\\e"', '"#"', '"\\#{x}"'];
  const charl = ["'abc'", "[]", "[7]", "[?a, 0]", "'a\\nb'", "[955]", "[0x1F600]", "[?a | ?b]", "[256]", "'\\e'", "[127]", "[10, 13, 9]", "[?#, ?{]"];
  const scalar = () => pick([intL, floatL, () => pick(atoms), () => pick(strs), () => pick(charl), () => pick(["self()", "make_ref()", "&Main.id/1", "fn -> 1 end", "1..3", "1..9//2"])])();
  const value = (d = 0) => {
    if (d > 2) return scalar();
    switch (rnd(8)) {
      case 0: return `[${n(rnd(5)).map(() => value(d + 1)).join(", ")}]`;
      case 1: return `{${n(rnd(4)).map(() => value(d + 1)).join(", ")}}`;
      case 2: return `%{${n(rnd(4)).map(() => `${value(d + 1)} => ${value(d + 1)}`).join(", ")}}`;
      case 3: return `[${n(1 + rnd(3)).map(() => `${pick(["a", "b", "c", "do", "\"x y\""])}: ${value(d + 1)}`).join(", ")}]`;
      case 4: return `[${n(1 + rnd(3)).map(() => value(d + 1)).join(", ")} | ${value(d + 1)}]`;
      default: return scalar();
    }
  };
  const rv = (x) => `id(${x})`;

  // a binary segment for construction: value, type, size/unit, endianness, signedness
  const endian = () => pick(["", "-big", "-little", "-native"]);
  const sign = () => pick(["", "-signed", "-unsigned"]);
  const segC = () => {
    switch (rnd(7)) {
      case 0: case 1: { const s = rnd(3) ? String(rnd(70)) : `size(${rnd(9)})-unit(${1 + rnd(8)})`; return `${rv(intL())}::${s}${endian()}${sign()}`; }
      case 2: return `${rv(pick([floatL(), intL()]))}::float-size(${pick([16, 32, 64, 64])})${endian()}`;
      case 3: return `${rv(pick(['"ab"', '"é"', "<<1::3>>", "<<>>", "<<255, 7::4>>", '"xyz"']))}::${pick(["bits", "bitstring", "binary", `bits-size(${rnd(12)})`, `binary-size(${rnd(3)})`])}`;
      case 4: return `${rv(pick(["?a", "0x1F600", "233", "0xD800", "-1", "0x10FFFF", "0x110000", "955"]))}::${pick(["utf8", "utf16", "utf32", "utf16-little", "utf32-little"])}`;
      default: return `${rv(String(rnd(300) - 50))}${pick(["", "::4", "::1", "::7-signed", "::12-little", "::16-signed-little", "::size(3)-unit(4)"])}`;
    }
  };
  const segP = (k) => `${chance(0.15) ? "_" : `v${k}`}::${pick(["4", "8", "1", "3", "size(5)", "16-little", "signed-12", "12-signed-little", "float-32", "float-64", "float-16", "binary-size(1)", "bits-size(5)", "utf8", "utf16", "utf32-little", "unit(4)-size(2)", "signed-size(7)", "integer-size(2)-unit(8)-little"])}`;
  const tailP = () => pick(["rest::bits", "rest::binary", "rest::bitstring", ""]);

  // a term for ordering: every type, with equal-comparing ints and floats
  const orderTerm = () => pick([intL, floatL, () => pick(["1", "1.0", "0", "-0.0", "0.0", "2", "2.0"]), () => pick(atoms), () => pick(strs), () => pick(charl), () => pick(["{}", "{1}", "{1, 2}", "{1.0, :a}", "{2}", "%{}", "%{a: 1}", "%{b: 0}", "%{1 => 1}", "%{1.0 => 1}", "%{a: 1, b: 2}", "[1 | 2]", "[1, 2]", "[1.0]", "self()", "make_ref()", "&Main.id/1", "fn x -> x end", "1..2"]), () => value(1)])();

  const mapKey = (kind, i) => kind === "int" ? String(i * pick([1, 3, 7, -1, 1000003])) : kind === "str" ? `"k${i}"` : kind === "tuple" ? `{${i}, ${i % 3}}` : kind === "float" ? `${i}.5` : pick([String(i), `"s${i}"`, `{${i}}`, `${i}.0`, `[${i}]`]);

  const steps = [
    // big-integer arithmetic and integer division by signs
    () => `${pick(["div", "rem", "Integer.mod", "Integer.floor_div", "Integer.gcd", "max", "min"])}(${rv(intL())}, ${rv(pick([intL(), intL(), "0", "1", "-1", "2", "-2"]))})`,
    () => `${rv(intL())} ${pick(["+", "-", "*", "*", "/", "==", "<", "===", "!="])} ${rv(numL())}`,
    () => `Bitwise.${pick(["band", "bor", "bxor"])}(${rv(intL())}, ${rv(intL())})`,
    () => `Bitwise.${pick(["bsl", "bsr"])}(${rv(intL())}, ${rv(pick(["0", "1", "7", "31", "32", "63", "64", "65", "100", "-3", "-64", "200"]))})`,
    () => `Bitwise.bnot(${rv(intL())})`,
    () => `Integer.pow(${rv(pick(["2", "-2", "3", "10", "-1", "0", intL()]))}, ${rv(String(rnd(90)))})`,
    () => `${pick(["Integer.to_string", "Integer.digits", "&Integer.to_string(&1, 16)", "&Integer.to_string(&1, 36)", "&Integer.to_string(&1, 2)", "&inspect(&1, base: :hex)", "&inspect(&1, base: :octal)", "&\"#{&1}\"", "&to_string/1", "&(&1 |> to_string() |> String.to_integer())", "&abs/1", "&Integer.parse(Integer.to_string(&1))"]).replace(/^(&.*)$/, "($1).")}(${rv(intL())})`,
    () => `{${rv(intL())} * 1.0, ${rv(intL())} / ${rv(pick(["3", "7", "1", "-2", intL()]))}}`,
    () => `{a, b} = {${rv(intL())}, ${rv(pick([intL(), "3", "-3", "7"]))}}; {div(a, b) * b + rem(a, b) == a, Integer.floor_div(a, b) * b + Integer.mod(a, b) == a, div(a, b), rem(a, b), Integer.mod(a, b)}`,
    // floats: printing in every form and rounding
    () => `${pick(["inspect", "to_string", "Float.to_string", "&\"<#{&1}>\"", "&:erlang.float_to_binary(&1, [:short])", "&:erlang.float_to_binary(&1, decimals: 3)", "&:erlang.float_to_binary(&1, [{:decimals, 10}, :compact])", "&:erlang.float_to_binary(&1, scientific: 5)", "&Float.round(&1, 3)", "&Float.ceil(&1, 2)", "&Float.floor(&1, 1)", "&Float.round/1", "&round/1", "&trunc/1", "&ceil/1", "&floor/1", "&Float.ratio/1", "&IO.iodata_to_binary(:io_lib.format('~p ~w ~f ~e ~g', [&1, &1, &1, &1, &1]))", "&Float.to_charlist/1", "&(&1 * 10.0)", "&(&1 / 3)", "&(-&1)", "&(&1 + 0.1)", "&List.to_string(:io_lib.format('~.2f', [&1]))"]).replace(/^(&.*)$/, "($1).")}(${rv(floatL())})`,
    () => `${rv(floatL())} ${pick(["+", "-", "*", "/", "==", "<", ">=", "===", "!=="])} ${rv(numL())}`,
    () => `${pick([":math.sqrt", ":math.log", ":math.exp", ":math.sin", ":math.atan", ":math.log10", ":math.floor", ":math.ceil", "Float.pow(2.0, $)", ":math.pow($, 0.5)", ":math.fmod($, 3.0)"]).replace(/^([\w:.]+)$/, "$1($)").replace("$", rv(numL()))}`,
    // binaries: build from random segments, inspect, then match back with a random pattern
    () => `<<${n(1 + rnd(4)).map(segC).join(", ")}>>`,
    () => { const k = 1 + rnd(3); const pats = n(k).map((_, j) => segP(j)); const t = tailP(); return `b = <<${n(1 + rnd(4)).map(segC).join(", ")}>>\n    case b do\n      <<${[...pats, t].filter(Boolean).join(", ")}>> -> {:matched, binding() |> Keyword.delete(:b) |> Enum.sort()}\n      _ -> {:no_match, bit_size(b), b}\n    end`; },
    () => `x = ${rv(intL())}; s = ${rnd(70)}; <<y::size(s)${endian()}${sign()}>> = <<x::size(s)${endian()}>>; {y, <<x::size(s)>>}`,
    () => `${pick(["bit_size", "byte_size", "inspect", "&inspect(&1, binaries: :as_binaries)", "&inspect(&1, base: :hex)", ":binary.bin_to_list", ":erlang.bitstring_to_list", "String.valid?", "String.printable?", "&for(<<c::4 <- &1>>, do: c)", "&for(<<c <- &1>>, into: \"\", do: <<c + 1>>)", "&for(<<c::utf8 <- &1>>, do: c)", "&(&1 <> <<1::1>>)", "&binary_part(&1, 1, 1)", "&:binary.part(&1, byte_size(&1), -1)", "Base.encode16", "&to_string/1", "&\"#{&1}\""]).replace(/^(&.*)$/, "($1).")}(${rv(`<<${n(1 + rnd(4)).map(segC).join(", ")}>>`)})`,
    // term order
    () => `Enum.sort(${rv(`[${n(2 + rnd(6)).map(orderTerm).join(", ")}]`)})`,
    () => `l = ${rv(`[${n(2 + rnd(5)).map(orderTerm).join(", ")}]`)}; {Enum.min(l), Enum.max(l), Enum.sort(l, :desc) == Enum.reverse(Enum.sort(l)), Enum.uniq(l) |> length()}`,
    () => `{a, b} = {${rv(orderTerm())}, ${rv(orderTerm())}}; {a < b, a == b, a === b, a > b, max(a, b), min(a, b)}`,
    () => `Enum.sort_by(${rv(`[${n(2 + rnd(5)).map(orderTerm).join(", ")}]`)}, ${pick(["&{is_number(&1), &1}", "&inspect/1", "fn x -> -(if is_number(x), do: x, else: 0) end", "&[&1]"])})`,
    () => `MapSet.new(${rv(`[${n(2 + rnd(6)).map(orderTerm).join(", ")}]`)}) |> MapSet.to_list()`,
    // maps: small and large, key kinds, inspect order, enumeration order
    () => { const kind = pick(["int", "str", "tuple", "float", "mixed"]); const size = pick([1 + rnd(8), 30 + rnd(10), 32, 33]); const ks = n(size).map((_, i) => mapKey(kind, i + rnd(3) * size)); return `m = ${rv(`%{${ks.map((k, i) => `${k} => ${i}`).join(", ")}}`)}\n    ${pick(["inspect(m)", "inspect(m, limit: 5)", "Map.keys(m)", "Map.values(m)", "Enum.map(m, fn {k, _} -> k end)", "for {k, v} <- m, rem(v, 2) == 0, do: k", "Enum.take(m, 3)", "Map.to_list(m) |> Enum.take(-3)", "m |> Map.delete(List.first(Map.keys(m))) |> inspect()", "Enum.reduce(m, 0, fn {_, v}, a -> a * 3 + v end)", "Enum.sort(m) == Map.to_list(m)", "inspect(m, pretty: true, width: 30)", "map_size(Map.merge(m, %{0 => :z}))", "Map.from_keys(Map.keys(m), 0) |> inspect()"])}`; },
    // inspect of nested structures with limits, printable lists and binaries
    () => `inspect(${value()}${pick(["", "", ", limit: 1", ", limit: 3", ", limit: 0", ", printable_limit: 2", ", pretty: true, width: 12", ", charlists: :as_lists", ", charlists: :as_charlists", ", binaries: :as_strings", ", limit: 2, pretty: true, width: 5", ", structs: false", ", base: :binary"])})`,
    () => `IO.inspect(${value()}, label: ${pick(['"l"', '"a b"', ":x"])}${pick(["", ", limit: 2", ", width: 10"])}); :done`,
    // string interpolation of every term type
    () => `"<#{${rv(pick([intL, floatL, () => pick(atoms), () => pick(strs), () => pick(charl), () => pick(["[1, [2, \"a\"], ?b]", "['a', \"b\"]", "{1}", "%{}", "1..2", "self()", "[1 | 2]", "[256, 1000]", "[-1]", "[\"a\" | \"b\"]", "~D[2020-01-01]", "%URI{host: \"h\"}", "&Main.id/1", "[[]]"])])())}}>"`,
    () => `[${n(1 + rnd(3)).map(() => rv(pick([() => pick(charl), () => pick(strs), () => String(rnd(300))])())).join(", ")}] |> ${pick(["IO.iodata_to_binary()", "IO.chardata_to_string()", "List.to_string()", "to_string()", "IO.iodata_length()", ":erlang.iolist_size()", "inspect()", "List.flatten()"])}`,
    // pattern matching with pins and guards
    () => `p = ${rv(scalar())}\n    case ${rv(pick([`{${scalar()}, ${scalar()}}`, `[${scalar()}, ${scalar()}]`, "p", `{p, 1}`, scalar()]))} do\n      ${pick(["^p", "{^p, _}", "[^p | _]", "{_, ^p}"])} -> :pinned\n      x when ${pick(["is_integer(x) and x > 0", "is_float(x)", "x == p", "is_tuple(x) and tuple_size(x) == 2", "is_list(x) and length(x) > 1", "is_binary(x) or is_atom(x)", "is_map(x)", "x > 1.5", "is_bitstring(x) and not is_binary(x)"])} -> {:guard, x}\n      x -> {:other, x}\n    end`,
    // comprehensions
    () => {
      const src = pick(["[3, 1, 2, 1]", "1..6", `[${n(rnd(5)).map(numL).join(", ")}]`, "[1, :a, 2.0, \"b\"]", "6..1//-2"]);
      const gen = pick([`x <- ${src}`, `{x, _} <- Enum.zip(${src}, 1..9)`, `x when is_number(x) <- ${src}`, `<<x::${pick(["4", "8", "3-signed", "utf8"])} <- ${rv(pick(['"aé"', "<<1, 2, 255>>", "<<7::5>>"]))}>>`]);
      const filter = chance(0.5) ? `, ${pick(["is_integer(x)", "x != 2", "x > 1", "x"])}` : "";
      const opt = pick(["", ", uniq: true", ", into: %{}", ", into: \"\"", ", into: MapSet.new()", ", reduce: 0"]);
      if (opt === ", reduce: 0") return `for ${gen}${filter}, reduce: 0 do\n      acc -> acc + x\n    end`;
      const body = opt === ", into: %{}" ? "{x, x}" : opt === ", into: \"\"" ? "to_string(x)" : pick(["x", "{x}", "x * 2"]);
      return `for ${gen}${filter}${opt}, do: ${body}`;
    },
    // with/else and try
    () => `with ${pick(["{:ok, a} <- ", "[a | _] <- ", "a when is_integer(a) <- "])}${rv(pick(["{:ok, 1}", ":error", "[2]", "[]", "3", "3.0", "{:error, 4}"]))}, b = a * 2, ${pick(["true <- b > 2", "{:ok, c} <- {:ok, b}", "c = b"])} do\n      binding() |> Enum.sort()\n    else\n      ${pick([":error -> :err", "{:error, e} -> {:e, e}", "other -> {:else, other}"])}\n    end`,
    () => `try do\n      ${pick(["div(id(1), id(0))", "raise \"x\"", "throw(:t)", "exit(:e)", "id(:a) + 1", "hd(id([]))", ":ok", "<<x::8>> = id(<<1::4>>); x", "String.to_integer(id(\"1.5\"))", "Integer.parse(id(\"12x\"))"])}\n    rescue\n      e in ${pick(["ArithmeticError", "[ArgumentError, MatchError]", "RuntimeError"])} -> {:r, Exception.message(e)}\n    catch\n      k, v -> {:c, k, v}\n    else\n      v -> {:else, v}\n    after\n      send(self(), :after)\n    end\n    |> then(&{&1, receive do\n      :after -> :after_ran\n    after\n      0 -> :no_after\n    end})`,
    // recursion and closures
    () => pick([`Main.fact(${rnd(40)})`, `Main.fib(${rnd(200)})`, `Main.sum_to(${rnd(100000)}, 0)`, `Main.pow_mod(${intL().replace("-", "")}, ${rnd(200)}, ${1 + rnd(1000)})`, `Main.depth(${value()})`, `Main.flat(${value()})`, `Main.fact(${rnd(30)}) |> Integer.digits() |> Enum.sum()`]),
    () => `k = ${rv(numL())}\n    fs = for i <- 1..${1 + rnd(4)}, do: fn x -> x * i + k end\n    ${pick(["Enum.map(fs, & &1.(2))", "Enum.reduce(fs, 1, fn f, acc -> f.(acc) end)", "fs |> Enum.map(&:erlang.fun_info(&1, :arity)) |> Enum.map(&elem(&1, 1))", "Enum.map(fs, &is_function(&1, 1))"])}`,
    () => `counter = fn f, n, acc -> if n == 0, do: acc, else: f.(f, n - 1, ${pick(["acc * 2", "acc + n", "[n | acc]", "acc * n", "{acc}"])}) end\n    counter.(counter, ${rnd(25)}, ${pick(["1", "0", "[]", "1.5"])})`,
    // receive with after 0 over what earlier steps sent
    () => `${n(rnd(4)).map(() => `send(self(), ${rv(pick(["1", ":a", "{:t, 2}", "2.0", "\"s\""]))})`).join("; ")}${"; "}receive do\n      ${pick(["x when is_integer(x) -> {:int, x}", "{:t, x} -> {:t, x}", "x when is_float(x) -> {:float, x}", ":a -> :a"])}\n    after\n      0 -> :empty\n    end`,
  ];
  const lines = [];
  for (let i = 0; i < o.steps; i++) lines.push(`    step(${i}, fn ->\n    ${pick(steps)()}\n    end)`);
  return `${HEADER}\n  def run do\n${lines.join("\n")}\n    IO.puts("end")\n  end\nend\n\nMain.run()\n`;
}

main("fuzz-diff-terms", gen, options(17001));
