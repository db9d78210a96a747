#!/usr/bin/env node
// Random whole programs as a person would write them, run with real `elixir` and with beamlet
// (needs elixir on PATH; not part of `npm test`). Unlike the step fuzzers, nothing is wrapped in
// try: each program is a script of top-level statements (bindings, IO.puts of interpolations,
// IO.inspect with labels, case/cond/with blocks, comprehensions, pipes) over typed random
// expressions (integer/float arithmetic with big integers and division, int/float comparison and
// term order across types, strings and String functions, binaries built and matched with sizes,
// types, signedness and endianness, lists/tuples/maps/keywords through Enum, List, Map, Keyword
// and Tuple, ++/--/in, anonymous functions and captures), calling a module of multi-clause,
// guarded and recursive functions the program defines. A third of the programs end with an
// uncaught runtime error (ArithmeticError, MatchError, FunctionClauseError, KeyError,
// CaseClauseError, ...), so the first stderr line and the exit status are compared too.
//
//   node scripts/fuzz-diff-programs.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
//
// The seed is printed; `--seed N --only I` replays program I of seed N.
import { options, main } from "./fuzz-lib.mjs";

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = (k) => Array.from({ length: k });
  const digits = (k) => String(1 + rnd(9)) + n(k - 1).map(() => rnd(10)).join("");

  // ---- literals
  const intL = () => {
    const sign = chance(0.3) ? "-" : "";
    switch (rnd(6)) {
      case 0: case 1: return sign + rnd(20);
      case 2: return sign + rnd(100000);
      case 3: { const p = pick([27, 28, 31, 32, 53, 59, 60, 63, 64, 65, 100]); return sign + (2n ** BigInt(p) + BigInt(rnd(3) - 1)).toString(); }
      case 4: return sign + digits(15 + rnd(30));
      default: return pick(["1_000_000", "0x1F", "0b1011", "0o777", "?a", "?\\n"]);
    }
  };
  const nzIntL = () => { const x = intL(); return /^-?0+$/.test(x) ? "7" : x; };
  const floatL = () => pick(["0.0", "-0.0", "0.1", "0.2", "0.3", "1.0", "-1.5", "2.5", "1.0e15", "1.0e16", "1.0e20", "1.0e-5", "0.0001", "123456789.0",
    "1.0e21", "1.0e22", "5.0e-324", "4.35", "1.005", "2.675", "0.5", "3.0e-7", "1.2345678901234567e19", "100.0", "1.0e100", "3.14159", "-273.15", "6.02e23", "9.99", "1.5e300"]);
  const smallInt = () => String(rnd(10));
  const atomL = () => pick([":a", ":ok", ":error", "nil", "true", "false", ":\"with space\"", ":Foo", "Foo.Bar", ":é", ":\"9x\"", ":\"foo-bar\"", ":foo?", ":bar!", ":+", ":\"\"", ":_x", ":@", ":\"Elixir\"", ":nil_", ":<<>>", ":..", ":\"a.b\""]);
  const strL = () => pick(['""', '"a"', '"abc"', '"héllo"', '"a\\nb"', '"\\""', '"日本語"', '"Hello World"', '"  padded  "', '"a,b,,c"', '"x\\ty"', '"\\e[1m"', '"ÉCOLE"', '"ß"', '"ǅ"', '"🎉"', '"a#b"', '"\\\\"', '"42"', '"-17"', '"3.5"', '"foo_bar_baz"']);
  const charlistL = () => pick(["'abc'", "'hello world'", "[]", "[7]", "[?a, 0]", "[955]", "[0x1F600]", "[256]", "'\\e'", "[127]", "[10, 13, 9]", "'a\\nb'", "[104, 105]"]);

  // ---- typed expressions: env holds bound variables by type
  const env = { int: [], float: [], str: [], list: [], map: [], tuple: [], atom: [], bin: [], kw: [], bool: [], any: [] };
  const fromEnv = (t) => (env[t].length && chance(0.35) ? pick(env[t]) : null);
  const id = (x) => `M.id(${x})`;

  const E = {
    int(d = 0) {
      const v = fromEnv("int"); if (v) return v;
      if (d > 2) return intL();
      switch (rnd(24)) {
        case 0: case 1: return `${E.int(d + 1)} ${pick(["+", "-", "*"])} ${E.int(d + 1)}`;
        case 2: return `div(${E.int(d + 1)}, ${id(nzIntL())})`;
        case 3: return `rem(${E.int(d + 1)}, ${id(nzIntL())})`;
        case 4: return `Integer.mod(${E.int(d + 1)}, ${id(nzIntL())})`;
        case 5: return `Integer.floor_div(${E.int(d + 1)}, ${id(nzIntL())})`;
        case 6: return `abs(${E.int(d + 1)})`;
        case 7: return `length(${E.list(d + 1)})`;
        case 8: return `String.length(${E.str(d + 1)})`;
        case 9: return `byte_size(${E.str(d + 1)})`;
        case 10: return `Enum.sum(${E.intList(d + 1)})`;
        case 11: return `${pick(["max", "min"])}(${E.int(d + 1)}, ${E.int(d + 1)})`;
        case 12: return `Integer.pow(${pick(["2", "3", "-2", "10", "7"])}, ${rnd(80)})`;
        case 13: return `Bitwise.${pick(["band", "bor", "bxor"])}(${E.int(d + 1)}, ${E.int(d + 1)})`;
        case 14: return `Bitwise.${pick(["bsl", "bsr"])}(${E.int(d + 1)}, ${rnd(70)})`;
        case 15: return `${pick(["trunc", "round", "floor", "ceil"])}(${E.float(d + 1)})`;
        case 16: return `map_size(${E.map(d + 1)})`;
        case 17: return `M.fact(${rnd(30)})`;
        case 18: return `M.fib(${rnd(100)})`;
        case 19: return `Enum.count(${E.list(d + 1)})`;
        case 20: return `Enum.reduce(${E.intList(d + 1)}, ${intL()}, fn x, acc -> ${pick(["x + acc", "x * acc", "acc - x", "max(x, acc)"])} end)`;
        case 21: return `M.sum(${E.intList(d + 1)})`;
        case 22: return `elem({${E.int(d + 1)}, ${E.int(d + 1)}}, ${rnd(2)})`;
        default: return intL();
      }
    },
    float(d = 0) {
      const v = fromEnv("float"); if (v) return v;
      if (d > 2) return floatL();
      switch (rnd(12)) {
        case 0: return `${E.num(d + 1)} / ${id(pick([nzIntL(), "3", "7.0", "0.1", "-2.5"]))}`;
        case 1: return `${E.float(d + 1)} ${pick(["+", "-", "*"])} ${E.num(d + 1)}`;
        case 2: return `:math.sqrt(${pick(["2", "16", "0.5", "1.0e10"])})`;
        case 3: return `Float.round(${E.float(d + 1)}, ${rnd(5)})`;
        case 4: return `${E.int(d + 1)} * 1.0`;
        case 5: return `Enum.sum([${n(1 + rnd(4)).map(floatL).join(", ")}])`;
        case 6: return `${pick(["Float.floor", "Float.ceil"])}(${E.float(d + 1)}${chance(0.5) ? `, ${rnd(4)}` : ""})`;
        case 7: return `:math.pow(${pick(["2", "10", "1.5"])}, ${pick(["0.5", "-1", "3", "20", "0.1"])})`;
        case 8: return `abs(${E.float(d + 1)})`;
        case 9: return `String.to_float(${pick(['"1.5"', '"-0.0"', '"1.0e3"', '"3.14"'])})`;
        default: return floatL();
      }
    },
    num(d = 0) { return chance(0.5) ? E.int(d) : E.float(d); },
    bool(d = 0) {
      const v = fromEnv("bool"); if (v) return v;
      switch (rnd(12)) {
        case 0: case 1: return `${E.num(d + 1)} ${pick(["<", ">", "<=", ">=", "==", "!=", "===", "!=="])} ${E.num(d + 1)}`;
        case 2: return `(${E.any(d + 1)}) ${pick(["<", ">", "==", "<="])} (${E.any(d + 1)})`;
        case 3: return `${E.int(d + 1)} in ${E.intList(d + 1)}`;
        case 4: return `${pick(["is_integer", "is_float", "is_number", "is_atom", "is_binary", "is_list", "is_map", "is_tuple", "is_nil"])}(${E.any(d + 1)})`;
        case 5: return `String.contains?(${E.str(d + 1)}, ${pick(['"a"', '"l"', '""', '"日"'])})`;
        case 6: return `Map.has_key?(${E.map(d + 1)}, ${pick([":a", ":b", "1", '"k"'])})`;
        case 7: return `${d > 2 ? "true" : E.bool(d + 1)} ${pick(["and", "or"])} ${d > 2 ? "false" : E.bool(d + 1)}`;
        case 8: return `not ${d > 2 ? "true" : E.bool(d + 1)}`;
        case 9: return `Enum.${pick(["any?", "all?"])}(${E.intList(d + 1)}, &(${pick(["&1 > 3", "rem(&1, 2) == 0", "&1 < 0"])}))`;
        case 10: return `M.classify(${E.any(d + 1)}) == ${pick([":int", ":other", ":small"])}`;
        default: return pick(["true", "false"]);
      }
    },
    atom(d = 0) {
      const v = fromEnv("atom"); if (v) return v;
      switch (rnd(6)) {
        case 0: return `String.to_atom(${pick(['"hello"', '"with space"', '"Elixir.Foo"', '"9"', '"é"', '"a-b"', '"ok"', '""', '"A"'])})`;
        case 1: return `M.classify(${E.any(d + 1)})`;
        case 2: return `elem({${atomL()}, ${atomL()}}, ${rnd(2)})`;
        default: return atomL();
      }
    },
    str(d = 0) {
      const v = fromEnv("str"); if (v) return v;
      if (d > 2) return strL();
      switch (rnd(26)) {
        case 0: case 1: return `${E.str(d + 1)} <> ${E.str(d + 1)}`;
        case 2: case 3: return `"${pick(["", "x=", "<", "v: "])}#{${E.chars(d + 1)}}${pick(["", "!", ">", " and #{" + E.chars(d + 1) + "}"])}"`;
        case 4: return `String.${pick(["upcase", "downcase", "capitalize", "reverse", "trim", "trim_leading", "trim_trailing"])}(${E.str(d + 1)})`;
        case 5: return `String.duplicate(${E.str(d + 1)}, ${rnd(4)})`;
        case 6: return `Integer.to_string(${E.int(d + 1)}${chance(0.5) ? `, ${pick(["2", "16", "36", "8"])}` : ""})`;
        case 7: return `Float.to_string(${E.float(d + 1)})`;
        case 8: return `inspect(${E.any(d + 1)}${chance(0.2) ? pick([", limit: 3", ", pretty: true, width: 20", ", charlists: :as_lists", ", base: :hex"]) : ""})`;
        case 9: return `Enum.join(Enum.map(${E.list(d + 1)}, &inspect/1), ${pick(['""', '", "', '"-"'])})`;
        case 10: return `String.slice(${E.str(d + 1)}, ${rnd(5) - 2}, ${rnd(5)})`;
        case 11: return `String.${pick(["pad_leading", "pad_trailing"])}(${E.str(d + 1)}, ${rnd(12)}${chance(0.5) ? `, ${pick(['"*"', '"ab"', '"0"'])}` : ""})`;
        case 12: return `String.replace(${E.str(d + 1)}, ${pick(['"a"', '"l"', '" "', '""'])}, ${pick(['"_"', '""', '"AA"'])})`;
        case 13: return `to_string(${E.chars(d + 1)})`;
        case 14: return `Atom.to_string(${E.atom(d + 1)})`;
        case 15: return `Enum.map_join(${E.intList(d + 1)}, ${pick(['","', '" "', '""'])}, ${pick(["&Integer.to_string/1", "&(&1 * 2)", "fn x -> \"<#{x}>\" end", "&inspect/1"])})`;
        case 16: return `List.to_string(${charlistL()})`;
        case 17: return `(String.first(${E.str(d + 1)}) || "")`;
        case 18: return `Enum.join(String.split(${E.str(d + 1)}${chance(0.5) ? `, ${pick(['","', '" "', '"l"', '""'])}` : ""}), "|")`;
        case 19: return `Kernel.to_string(${E.num(d + 1)})`;
        case 20: return `:erlang.float_to_binary(${E.float(d + 1)}, ${pick(["decimals: 2", "[:short]", "scientific: 3", "[{:decimals, 0}]"])})`;
        case 21: return `(String.at(${E.str(d + 1)}, ${rnd(6) - 3}) || "nil")`;
        case 22: return `Base.encode16(${E.str(d + 1)})`;
        case 23: return `M.describe(${E.any(d + 1)})`;
        default: return strL();
      }
    },
    // a value that implements String.Chars without raising
    chars(d = 0) { return pick([E.int, E.float, E.str, E.atom, () => charlistL()])(d); },
    bin(d = 0) {
      const v = fromEnv("bin"); if (v) return v;
      const seg = () => pick([
        () => `${id(intL())}::${pick(["8", "16", "32", "4", "12", "24", "64", "1"])}${pick(["", "-little", "-big", "-signed", "-little-signed", "-unsigned-native"])}`,
        () => `${id(floatL())}::float${pick(["", "-32", "-64", "-little", "-32-little"])}`,
        () => `${E.str(d + 1)}::binary`,
        () => `${pick(["?a", "955", "0x1F600", "233"])}::${pick(["utf8", "utf16", "utf32", "utf16-little"])}`,
        () => String(rnd(256)),
        () => `${id(intL())}::size(${rnd(4)})-unit(8)`,
      ])();
      return `<<${n(1 + rnd(4)).map(seg).join(", ")}>>`;
    },
    intList(d = 0) {
      if (d > 2) return `[${n(rnd(5)).map(() => String(rnd(30) - 5)).join(", ")}]`;
      switch (rnd(10)) {
        case 0: return `Enum.to_list(${rnd(5)}..${rnd(12)}${chance(0.3) ? `//${pick(["1", "2", "-1", "3"])}` : ""})`;
        case 1: return `Enum.map(${E.intList(d + 1)}, ${pick(["&(&1 * 2)", "fn x -> x - 1 end", "&abs/1", "&div(&1, 2)", "&rem(&1, 3)", "&M.double/1"])})`;
        case 2: return `Enum.filter(${E.intList(d + 1)}, ${pick(["&(&1 > 2)", "&(rem(&1, 2) == 0)", "fn x -> x != 3 end"])})`;
        case 3: return `${E.intList(d + 1)} ${pick(["++", "--"])} ${E.intList(d + 1)}`;
        case 4: return `Enum.${pick(["sort", "reverse", "uniq", "dedup"])}(${E.intList(d + 1)})`;
        case 5: return `(for x <- ${E.intList(d + 1)}${chance(0.5) ? `, ${pick(["x > 1", "rem(x, 2) == 1", "x != 0"])}` : ""}${chance(0.2) ? ", uniq: true" : ""}, do: ${pick(["x", "x * x", "x + 1", "div(x, 3)"])})`;
        case 6: return `Enum.take(${E.intList(d + 1)}, ${rnd(6) - 2})`;
        case 7: return `String.to_charlist(${pick(['"abc"', '"hi"', '""', '"é"'])})`;
        case 8: return `Enum.scan(${E.intList(d + 1)}, &+/2)`;
        default: return `[${n(rnd(6)).map(() => String(rnd(40) - 8)).join(", ")}]`;
      }
    },
    list(d = 0) {
      const v = fromEnv("list"); if (v) return v;
      if (d > 2) return E.intList(d);
      switch (rnd(20)) {
        case 0: case 1: return E.intList(d);
        case 2: return `[${n(rnd(5)).map(() => E.any(d + 1)).join(", ")}]`;
        case 3: return `Enum.zip(${E.intList(d + 1)}, ${E.list(d + 1)})`;
        case 4: return `Enum.chunk_every(${E.intList(d + 1)}, ${1 + rnd(3)})`;
        case 5: return `Enum.with_index(${E.list(d + 1)})`;
        case 6: return `List.flatten([${E.list(d + 1)}, [${E.list(d + 1)}]])`;
        case 7: return `Map.${pick(["keys", "values", "to_list"])}(${E.map(d + 1)})`;
        case 8: return `Tuple.to_list(${E.tuple(d + 1)})`;
        case 9: return `Enum.sort(${E.list(d + 1)}${chance(0.4) ? ", :desc" : ""})`;
        case 10: return `String.split(${E.str(d + 1)}${chance(0.5) ? `, ${pick(['","', '" "', '""', '"a"'])}` : ""})`;
        case 11: return `Enum.flat_map(${E.intList(d + 1)}, fn x -> ${pick(["[x, x]", "[x]", "List.duplicate(x, 2)", "[]"])} end)`;
        case 12: return `(for x <- ${E.list(d + 1)}, y <- ${E.intList(d + 1)}${chance(0.5) ? ", y > 0" : ""}, do: {x, y})`;
        case 13: return `(for <<c${pick(["", "::4", "::utf8", "::16"])} <- ${E.bin(d + 1)} >>, do: c)`;
        case 14: return `Keyword.${pick(["keys", "values"])}(${E.kw(d + 1)})`;
        case 15: return `Enum.${pick(["drop", "take"])}(${E.list(d + 1)}, ${rnd(5) - 1})`;
        case 16: return chance(0.5) ? `List.delete(${E.list(d + 1)}, ${pick(["1", ":a", "0"])})` : `List.wrap(${E.any(d + 1)})`;
        case 17: return `Enum.map(${E.list(d + 1)}, ${pick(["&{&1}", "&M.classify/1", "fn x -> [x] end", "&inspect/1", "&is_integer/1"])})`;
        case 18: return `[${E.any(d + 1)} | ${E.list(d + 1)}]`;
        default: return `[${E.any(d + 1)}, ${E.any(d + 1)} | ${pick(["[]", ":tail", "3", "\"s\""])}]`;
      }
    },
    kw(d = 0) {
      const v = fromEnv("kw"); if (v) return v;
      const keys = ["a", "b", "c", "do", "else", "\"x y\"", "foo_bar", "B"];
      switch (rnd(4)) {
        case 0: return `Keyword.put(${d > 2 ? "[a: 1]" : E.kw(d + 1)}, :${pick(["a", "z", "b"])}, ${E.any(d + 1)})`;
        case 1: return `Keyword.merge(${d > 2 ? "[]" : E.kw(d + 1)}, [${pick(keys)}: ${E.any(d + 1)}])`;
        default: return `[${n(1 + rnd(3)).map(() => `${pick(keys)}: ${d > 1 ? intL() : E.any(d + 1)}`).join(", ")}]`;
      }
    },
    map(d = 0) {
      const v = fromEnv("map"); if (v) return v;
      if (d > 2) return pick(["%{}", "%{a: 1}", "%{\"k\" => 2, 1 => :x}"]);
      switch (rnd(12)) {
        case 0: return `Map.put(${E.map(d + 1)}, ${pick([":a", ":b", "1", "1.0", '"k"', "{1, 2}", "[]", "nil"])}, ${E.any(d + 1)})`;
        case 1: return `Map.merge(${E.map(d + 1)}, ${E.map(d + 1)})`;
        case 2: return `Map.delete(${E.map(d + 1)}, ${pick([":a", "1", '"k"'])})`;
        case 3: return `Enum.into(${E.list(d + 1)}, %{}, fn x -> {x, ${pick(["x", "1", "[x]", "inspect(x)"])}} end)`;
        case 4: return `(for x <- ${E.intList(d + 1)}, into: %{}, do: {${pick(["x", "rem(x, 3)", "-x", "to_string(x)"])}, ${pick(["x", "x * x", ":v"])}})`;
        case 5: return `Enum.frequencies(${E.list(d + 1)})`;
        case 6: return `Enum.group_by(${E.intList(d + 1)}, &rem(&1, ${1 + rnd(3)}))`;
        case 7: { const k = pick([5, 10, 31, 32, 33, 40]); return `Map.new(1..${k}, fn i -> {${pick(["i", "\"s#{i}\"", "i * 1.0", "{i}", "-i"])}, ${pick(["i", "i * i", "nil"])}} end)`; }
        case 8: return `Map.update(${E.map(d + 1)}, :a, 0, ${pick(["&(&1)", "fn _ -> :u end", "&{&1}"])})`;
        case 9: return `Map.new(${E.kw(d + 1)})`;
        default: return `%{${n(rnd(5)).map(() => `${pick([":a", ":b", ":c", "1", "2.0", '"k"', '"z"', "{1}", "[1]", "nil", "true", ":\"x y\"", "-1", "100000000000000000000"])} => ${E.any(d + 1)}`).join(", ")}}`;
      }
    },
    tuple(d = 0) {
      const v = fromEnv("tuple"); if (v) return v;
      if (d > 2) return pick(["{}", "{1}", "{:ok, 2}", "{1, 2.0, \"x\"}"]);
      switch (rnd(6)) {
        case 0: return `List.to_tuple(${E.list(d + 1)})`;
        case 1: return `Tuple.append(${E.tuple(d + 1)}, ${E.any(d + 1)})`;
        case 2: return `put_elem({${E.any(d + 1)}, ${E.any(d + 1)}}, ${rnd(2)}, ${E.any(d + 1)})`;
        case 3: return `Tuple.duplicate(${E.any(d + 1)}, ${rnd(4)})`;
        default: return `{${n(rnd(4)).map(() => E.any(d + 1)).join(", ")}}`;
      }
    },
    any(d = 0) {
      const v = fromEnv("any"); if (v) return v;
      if (d > 3) return pick([intL, floatL, atomL, strL, charlistL])();
      return pick([E.int, E.int, E.float, E.str, E.str, E.atom, E.list, E.list, E.map, E.tuple, E.kw, E.bool, E.bin, () => charlistL(), () => pick(["1..5", "3..1//-1", "&M.id/1", "&String.upcase/1"])])(d + 1);
    },
  };
  const types = ["int", "float", "str", "list", "map", "tuple", "atom", "bin", "kw", "bool"];

  // ---- statements (top level, so uncaught errors end the script)
  let vn = 0;
  const stmts = [
    () => { const t = pick(types); const name = `${t[0]}${vn++}`; const s = `${name} = ${E[t]()}`; env[t].push(name); env.any.push(name); return s; },
    () => `IO.inspect(${E.any()})`,
    () => `IO.inspect(${E.any()}, label: ${pick(['"v"', '"a b"', ":x", '"#"'])}${chance(0.2) ? pick([", limit: 3", ", width: 20", ", charlists: :as_lists"]) : ""})`,
    () => `IO.puts(${E.str()})`,
    () => `IO.puts("${pick(["r", "res", "="])} #{${E.chars()}}")`,
    () => `IO.puts(${E.chars()})`,
    () => `(${E.any()}) |> ${pick(["inspect()", "M.describe()", "M.classify() |> inspect()", "then(&inspect([&1]))"])} |> IO.puts()`,
    () => `IO.inspect(${E.num()} ${pick(["+", "-", "*", "/"])} ${E.num()})`,
    () => `IO.inspect({${E.int()} ${pick(["<", "==", "===", ">"])} ${E.float()}, ${E.num()} ${pick(["<", "==", "!=", "!=="])} ${E.num()}})`,
    () => `IO.inspect(Enum.sort([${n(2 + rnd(5)).map(() => E.any(2)).join(", ")}]))`,
    () => `IO.inspect(${E.map()}${chance(0.3) ? " |> Map.to_list()" : ""})`,
    () => `IO.inspect(M.classify(${E.any()}))`,
    () => `IO.inspect(M.walk(${E.any()}))`,
    () => {
      const pat = pick([
        "{a, b} when is_integer(a) -> {:pair, a, b}", "[h | t] -> {:cons, h, length(t)}", "[] -> :empty", "%{a: v} -> {:has_a, v}",
        "x when is_binary(x) and byte_size(x) > 2 -> {:long_bin, x}", "x when is_float(x) -> {:float, x * 2}", "x when x in [1, 2, 3] -> :small",
        "<<a::8, rest::binary>> -> {a, rest}", "{:ok, _} = t -> t", "x when is_atom(x) -> Atom.to_string(x)", "n when is_integer(n) and n < 0 -> :neg",
      ]);
      const pats = n(1 + rnd(3)).map(() => pat).concat(chance(0.9) ? [`other -> {:other, ${pick(["other", "inspect(other)", "1"])}}`] : []);
      return `IO.inspect(case ${E.any()} do\n  ${[...new Set(pats)].join("\n  ")}\nend)`;
    },
    () => `IO.inspect(cond do\n  ${E.bool()} -> ${E.any(2)}\n  ${E.bool()} -> ${E.any(2)}\n  true -> :fallback\nend)`,
    () => {
      const x = `p${vn++}`;
      return `${x} = ${pick(["1", ":a", '"s"', "2.0", "[1]"])}\nIO.inspect(case ${pick(["1", "1.0", ":a", '"s"', "[1]", "{1}", "2.0"])} do\n  ^${x} -> :pinned\n  ${pick(["y when y == " + x + " -> :equal", "[^" + x + "] -> :in_list", "{^" + x + "} -> :in_tuple"])}\n  _ -> :nope\nend)`;
    },
    () => `IO.inspect(with {:ok, a} <- ${pick(["{:ok, 1}", ":error", "{:ok, :x}", "M.safe_div(" + E.int() + ", " + pick(["0", "2", "3"]) + ")"])},\n     ${pick(["true <- is_integer(a)", "b = a", "{:ok, b} <- {:ok, a}", "[b | _] <- [a]"])} do\n  ${pick(["a", "{a, binding() |> length()}", "inspect(a)"])}\nelse\n  ${pick(["err -> {:else, err}", ":error -> :err\n  other -> {:other, other}", "false -> :not_int\n  x -> x"])}\nend)`,
    () => { const [g, f] = pick([["x <- " + E.intList(), "is_integer(x)"], ["{k, v} <- " + E.map(), "k != :a"], ["x <- " + E.list(), "true"], ["<<c <- " + E.bin() + " >>", "c > 64"]]); return `IO.inspect(for ${g}${chance(0.5) ? ", " + f : ""}, ${pick(["reduce: 0 do\n  acc -> acc + 1\nend", "into: [], do: 1", "uniq: true, do: :u", "do: :v"])})`; },
    () => `IO.inspect(for x <- ${E.intList()}, y <- ${E.intList()}, x < y, reduce: %{} do\n  acc -> Map.update(acc, x, [y], &[y | &1])\nend)`,
    () => `IO.inspect(for x <- ${E.intList()}, into: "", do: ${pick(["to_string(x)", "<<x + 65>>", "\"#{x},\""])})`,
    () => { const f = `f${vn++}`; return `${f} = ${pick(["fn x -> x * 2 end", "&(&1 + 1)", "fn\n  x when is_integer(x) -> x + 1\n  x -> {:not_int, x}\nend", "&inspect/1", "&to_string/1", "fn {a, b} -> {b, a}\n  _ -> 0 end"])}\nIO.inspect(Enum.map(${E.list()}, ${f}))`; },
    () => `IO.inspect(Enum.reduce(${E.list()}, ${pick(["[]", "0", "%{}"])}, fn x, acc -> ${pick(["[x | acc]", "M.count_into(acc, x)", "acc"])} end))`,
    () => `IO.inspect((${E.any()}) ${pick(["in", "not in"])} ${E.list()})`,
    () => { const f = pick(["max", "min", "sum", "product", "sort", "frequencies", "uniq", "reverse", "max_by(&abs/1)", "min_max", "split(2)", "chunk_by(&rem(&1, 2))", "zip(1..3)", "with_index(1)", "dedup", "intersperse(0)", "map_every(2, &(&1 * 10))", "sort(:desc)", "sort_by(&-&1)", "take_while(&(&1 < 5))", "find(&(&1 > 2))", "split_with(&(&1 > 0))", "slice(1..2)", "count(&(&1 > 1))"]); const m = /^(\w+)(?:\((.*)\))?$/.exec(f); return `IO.inspect(Enum.${m[1]}(${E.intList()}${m[2] ? ", " + m[2] : ""}))`; },
    () => `IO.inspect(List.${pick(["first", "last", "flatten", "wrap"])}(${E.list()}))`,
    () => `IO.inspect(Keyword.${pick(["get(KW, :a)", "put(KW, :b, 1)", "delete(KW, :a)", "keys(KW)", "take(KW, [:a, :c])", "has_key?(KW, :do)", "get_values(KW, :a)"])})`.replace("KW", E.kw()),
    () => `IO.inspect(Map.${pick(["get(MP, :a)", "get(MP, 1, :default)", "fetch(MP, :b)", "keys(MP)", "values(MP)", "take(MP, [:a, 1])", "drop(MP, [:a])", "split(MP, [:a])", "filter(MP, fn {_, v} -> is_integer(v) end)", "to_list(MP) |> length()"])})`.replace("MP", E.map()),
    () => `IO.inspect(${E.tuple()} |> ${pick(["tuple_size()", "Tuple.to_list()", "Tuple.insert_at(0, :new)", "Tuple.delete_at(0)", "inspect()"])})`.replace(/\{\} \|> Tuple\.delete_at\(0\)/, "{1} |> Tuple.delete_at(0)"),
    () => { const b = `bin${vn++}`; return `${b} = ${E.bin()}\nIO.inspect(case ${b} do\n  <<${pick(["x::8", "x::16-little", "x::signed-8", "x::4, y::4", "x::float-32", "x::utf8", "x::binary-size(2)", "x::size(3)", "x::16-big-signed"])}, rest::${pick(["binary", "bits", "bitstring"])}>> -> {:m, ${pick(["x", "binding() |> Enum.sort()"])}, rest}\n  other -> {:no, byte_size(other)}\nend)`; },
    () => `IO.inspect(${E.bin()}${chance(0.3) ? pick([", binaries: :as_strings", ", base: :hex"]) : ""})`,
    () => `IO.inspect(${pick(["byte_size", "bit_size", "String.valid?", "String.length", ":binary.bin_to_list", "String.codepoints", "String.graphemes"])}(${E.bin()}))`,
    () => `IO.inspect(M.${pick(["rev", "len", "sum", "max_of"])}(${E.intList()}))`,
    () => `IO.inspect(M.fact(${rnd(40)}))`,
    () => `IO.puts(M.fib(${rnd(150)}))`,
    () => `IO.inspect(${pick(["String.upcase", "&String.length/1", "&(&1 <> \"!\")", "&String.split(&1, \"\")", "&String.to_charlist/1", "&String.jaro_distance(&1, \"hello\")", "&String.myers_difference(&1, \"abc\")", "&String.starts_with?(&1, \"a\")", "&String.split_at(&1, 2)", "&String.graphemes/1", "&String.normalize(&1, :nfd)"]).replace(/^(&.*)$/, "($1).")}(${E.str()}))`,
    () => pick([() => `IO.inspect(${pick(["Integer.parse", "Float.parse"])}(${pick([E.str, () => pick(['"12abc"', '"-3.5e2x"', '"0x1F"', '" 7"', '"1_000"', '"+4"', '".5"', '"1."'])])()}))`,
      () => `IO.inspect(${pick(["Integer.digits", "Integer.to_charlist", "&Integer.digits(&1, 2)", "&:erlang.integer_to_list(&1, 16)", "&Integer.to_string(&1, 36)"]).replace(/^(&.*)$/, "($1).")}(abs(${E.int()})))`,
      () => `IO.inspect(Float.ratio(${E.float()}))`])(),
    () => `IO.inspect([${n(rnd(5)).map(() => pick([intL, floatL, atomL, strL, charlistL])()).join(", ")}]${chance(0.3) ? pick([", charlists: :as_charlists", ", limit: 2", ", pretty: true, width: 10"]) : ""})`,
    () => `IO.inspect(${pick(["1.0e20", "0.1 + 0.2", "1/3", "2/3 * 3", "1.0e16 + 1", "1.0e15 + 0.3", "-0.0 * 1", "100 / 1", "7 / 2", "1.0e-10", "123456789.123456789", "0.1 * 3", "5.0e-324 / 2", "1.7976931348623157e308 * 1", "2.0 ** 62", "1.0e21 - 1", "9007199254740993.0", "1.0 * 100000000000000000000000"].map((x) => x.replace("**", "*")))})`,
    () => `IO.inspect(${pick(["Enum.sort([3, 1.0, 2, :a, \"b\", {1}, [1], %{}, nil, 1])", "1 == 1.0", "1 === 1.0", "1 < :a", ":a < \"a\"", "{2} < {1, 1}", "[1] < [1, 2]", "%{a: 1} < %{b: 1}", "%{a: 2} > %{b: 1}", "{1, 2} < [1]", "nil < :nil2", "make_ref() > self()", "1.0 < 2", "-0.0 == 0.0", "-0.0 === 0.0", "Enum.max([1, 1.0])", "Enum.min([1.0, 1])", "Enum.uniq([1, 1.0, 1])", "Enum.sort([2.0, 1, 2, 1.0])", "Enum.sort([{1, :b}, {1.0, :a}])", "max(1, 1.0)", "min(1, 1.0)"])})`,
  ];

  const errs = [
    () => `IO.puts(div(${E.int()}, M.id(0)))`,
    () => `IO.puts(${E.num()} / M.id(0))`,
    () => `IO.puts(M.id(${E.int()}) + M.id(${pick([":a", '"1"', "nil", "[1]"])}))`,
    () => `{:ok, v} = M.id(${E.any()})\nIO.inspect(v)`,
    () => `[_h | _] = M.id(${pick(["[]", "%{}", "{1}", '""'])})`,
    () => `IO.inspect(M.strict(${E.any()}))`,
    () => `IO.inspect(Map.fetch!(${E.map()}, ${pick([":missing", '"nope"', "{1, 2}"])}))`,
    () => `m = ${E.map()}\nIO.inspect(m.zzz)`,
    () => `IO.inspect(Keyword.fetch!(${E.kw()}, :zzz))`,
    () => `IO.inspect(hd(M.id([])))`,
    () => `IO.inspect(elem(${E.tuple()}, 5))`,
    () => `IO.inspect(String.to_integer(${pick(['"abc"', '"1.5"', '""', '" 1"'])}))`,
    () => `raise ${pick(['"boom"', '"with #{1 + 1}"', "ArgumentError", 'ArgumentError, "bad " <> "arg"', 'ArgumentError, message: "m"', "KeyError", "RuntimeError"])}`,
    () => `throw(${E.any()})`,
    () => `exit(${pick([":normal", ":shutdown", ":boom", "{:shutdown, 1}", "{:bad, [1, 2]}", '"reason"'])})`,
    () => `IO.inspect(case M.id(${E.any()}) do\n  :never_this -> 1\nend)`,
    () => `IO.inspect(cond do\n  M.id(false) -> 1\n  M.id(nil) -> 2\nend)`,
    () => `IO.inspect(with {:ok, x} <- M.id(${pick([":x", "{:error, 2}", "[]"])}) do\n  x\nelse\n  :never -> 0\nend)`,
    () => `IO.puts("a" <> M.id(${pick(["1", ":a", "[1]", "1.5"])}))`,
    () => `IO.puts("#{M.id(${pick(["{1, 2}", "%{a: 1}", "self()", "[1, {2}]", "fn -> 1 end", "[-1]"])})}")`,
    () => `IO.inspect(Enum.at(M.id(${pick(["5", ":a", "{1, 2}"])}), 0))`,
    () => `IO.inspect(apply(M, :nope, [${E.any()}]))`,
    () => `IO.inspect((fn x -> x end).(1, 2))`,
    () => `f = M.id(${pick(["5", ":a", '"f"'])})\nIO.inspect(f.(1))`,
    () => `<<x::8, y::8>> = M.id(${pick(["<<1>>", "<<1, 2, 3>>", '"abc"'])})\nIO.inspect({x, y})`,
    () => `IO.inspect(Enum.fetch!(${E.intList()} ++ [1], 50))`,
    () => `IO.inspect(:math.sqrt(M.id(-1)))`,
    () => `IO.inspect(String.duplicate("a", M.id(-1)))`,
    () => `IO.inspect(abs(M.id(${pick([":a", '"x"', "[]"])})))`,
    () => `IO.inspect(List.to_tuple(M.id(:a)))`,
    () => `IO.inspect(Integer.to_string(M.id(1.5)))`,
    () => `IO.inspect(M.fact(M.id(-1)))`,
    () => `IO.inspect(Map.update!(${E.map()}, :zz, & &1))`,
    () => `IO.inspect(%{M.id(%{a: 1}) | b: 2})`,
    () => `IO.inspect(String.to_existing_atom("no_such_atom_${rnd(1e6)}"))`,
    () => `IO.inspect(Tuple.to_list(M.id([1])))`,
    () => `IO.inspect(Enum.reduce(M.id([]), &+/2))`,
    () => `IO.inspect(length(M.id([1 | 2])))`,
    () => `IO.inspect(trunc(M.id("1.0")))`,
    () => `IO.inspect(Integer.pow(2, M.id(-1)))`,
    () => `IO.inspect(Bitwise.bsl(1, M.id(1.0)))`,
    () => `IO.inspect(rem(M.id(1.0), 2))`,
    () => `IO.inspect(Float.round(M.id(1), 2))`,
  ];

  // the module the programs call: multi-clause, guarded and recursive functions
  const classify = [
    "def classify(x) when is_integer(x) and x >= 0 and x < 10, do: :small",
    "def classify(x) when is_integer(x), do: :int",
    "def classify(x) when is_float(x), do: :float",
    "def classify([]), do: :empty",
    "def classify([_ | _]), do: :list",
    "def classify(x) when is_binary(x), do: :binary",
    "def classify({_, _}), do: :pair",
    "def classify(%{} = m) when map_size(m) == 0, do: :empty_map",
    "def classify(%{}), do: :map",
    "def classify(x) when is_atom(x), do: :atom",
  ];
  // shuffle some clauses: order matters
  for (let i = classify.length - 1; i > 0; i--) if (chance(0.2)) { const j = rnd(i + 1); [classify[i], classify[j]] = [classify[j], classify[i]]; }
  const mod = `defmodule M do
  def id(x), do: x
  def double(x), do: x * 2
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)
  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
  def len(l), do: len(l, 0)
  defp len([], n), do: n
  defp len([_ | t], n), do: len(t, n + 1)
  def rev(l), do: rev(l, [])
  defp rev([], acc), do: acc
  defp rev([h | t], acc), do: rev(t, [h | acc])
  def max_of([h | t]), do: Enum.reduce(t, h, fn x, m -> if x > m, do: x, else: m end)
  def max_of([]), do: nil
  ${classify.join("\n  ")}
  def classify(_), do: :other
  def describe(x) do
    case classify(x) do
      :small -> "small #{x}"
      :int -> "int #{x}"
      :float -> "float #{x}"
      :binary -> "binary #{inspect(x)} (#{byte_size(x)})"
      kind -> "#{kind}: #{inspect(x)}"
    end
  end
  def walk(x) when is_list(x), do: Enum.map(x, &walk/1)
  def walk(x) when is_tuple(x), do: x |> Tuple.to_list() |> walk() |> List.to_tuple()
  def walk(x) when is_map(x), do: Map.new(x, fn {k, v} -> {k, walk(v)} end)
  def walk(x) when is_integer(x), do: x + 1
  def walk(x), do: x
  def strict(x) when is_integer(x) and x > 0, do: x
  def strict({:ok, v}), do: v
  def safe_div(_, 0), do: :error
  def safe_div(a, b), do: {:ok, div(a, b)}
  def count_into(acc, x) when is_map(acc), do: Map.update(acc, x, 1, &(&1 + 1))
  def count_into(acc, x) when is_list(acc), do: [x | acc]
  def count_into(acc, _), do: acc + 1
end
`;
  const lines = [];
  for (let i = 0; i < o.steps; i++) lines.push(pick(stmts)());
  if (chance(0.35)) lines.push(pick(errs)());
  lines.push('IO.puts("end")');
  return `${mod}\n${lines.join("\n")}\n`;
}

main("fuzz-diff-programs", gen, options(24001));
