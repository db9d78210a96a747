#!/usr/bin/env node
// Random programs over the rules of issue 9, run with real `elixir` and with beamlet (needs elixir
// on PATH; not part of `npm test`). Each step prints its value or its error:
//  - float BIFs and Float/:math functions on signed zeros, tiny and huge floats, and integers,
//    float printing in every form (inspect, to_string, float_to_binary/list options, round/ceil);
//  - term order: ==/===/< between terms of every kind, sorts of lists with equal terms (1 and 1.0)
//    by Enum.sort/sort_by/:lists.sort/usort/keysort, uniq/dedup, min/max, maps keyed 1 and 1.0;
//  - bitstrings that are not whole bytes: random segments (sizes, signedness, endianness, bits,
//    floats) built, matched back, concatenated, walked by comprehensions, inspected, and passed
//    to functions that want binaries;
//  - inspect of every term kind with options (limit, base, charlists, binaries, structs: false);
//  - operators and BIFs given ill-typed arguments (the error and its message).
//
//   node scripts/fuzz-diff-rules.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main, MAIN_PRELUDE } from "./fuzz-lib.mjs";

const HEADER = `${MAIN_PRELUDE}
end
`;

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = (k) => Array.from({ length: k });
  const intL = () => pick(["0", "1", "-1", "2", "3", "-7", "255", "256", "-128", "1000", "4294967296", "-18446744073709551616", "123456789012345678901234567890", "0x7FFFFFFFFFFFFFFF", "-0x8000000000000000"]);
  const floatL = () => pick(["0.0", "-0.0", "1.0", "-1.0", "0.5", "-0.5", "1.5", "-2.5", "2.5", "0.1", "1.0e300", "-1.0e300", "5.0e-324", "-5.0e-324", "1.7976931348623157e308", "2.2250738585072014e-308", "123.456", "1.0e15", "1.0e16", "9007199254740993.0", "0.30000000000000004", "1.0e-5", "-1.0e-7", "3.0e-300"]);
  const numL = () => (chance(0.5) ? intL() : floatL());
  const atomL = () => pick([":a", ":b", "nil", "true", "false", ':"hello world"', ':"Elixir.Foo"', "Foo", "Foo.Bar", ':"9a"', ":+", ':"@"', ":\"foo?\"", ':"a-b"', ":Élan", ':"É"', ":_", ":__struct__", ":ok!", ':"!ok"', ':"del\\x7F"', ":\"\"", ':"nil"', ":...", ':"::"', ":<<>>", ":%{}", ":%", ':"\\n"']);
  const strL = () => pick(['""', '"abc"', '"é"', '"a\\nb"', '"\\e[1m"', '"\\u0000"', '<<255>>', '<<0, 1, 2>>', '"日本"', '"\\\\"', '"\\"q\\""', '"#{1}"', '<<97, 98, 200>>', '"\\x7F"', '"ab\\tc"']);
  const bitsL = () => pick(["<<1::1>>", "<<5::3>>", "<<255, 1::2>>", "<<0::7>>", "<<-1::5>>", "<<1::size(9)>>", "<<>>", "<<97, 98, 1::1>>", "<<3::2, 7::3>>", "<<1.5::float-size(32)>>"]);
  const listL = (d) => pick([
    "[]", "[1, 2, 3]", "'abc'", "[?a, 256]", "[1 | 2]", "[:a | :b]", "[a: 1, b: 2]", "[{:a, 1}, {\"b\", 2}]", '[1, [2, [3]]]', "'\\n\\t'", "[7, 8]", "[0]", "[?é]", `[${term(d)}, ${term(d)}]`, `[${term(d)} | ${term(d)}]`,
  ]);
  const mapL = (d) => pick(["%{}", "%{a: 1}", '%{"a" => 1, :b => 2}', "%{1 => :int, 1.0 => :float}", `%{${term(d)} => ${term(d)}}`, "%{[1] => 2, {1} => 3, %{} => 4}", '%{"a b": 1, "C": 2}', "%{nil: 1, true: 2}"]);
  const structL = () => pick(["1..3", "1..10//3", "5..1//-1", "MapSet.new([3, 1, 2])", "~D[2024-02-29]", "~T[12:00:00.001]", "~U[2024-01-01 00:00:00Z]", "~N[2020-01-01 10:00:00]", "URI.parse(\"http://a.b/c?d\")", "Version.parse!(\"1.2.3-rc.1\")", "~r/a+b/i", "%ArgumentError{message: \"x\"}", "%{__struct__: Nope, a: 1}", "%{__struct__: Range, first: 1, last: 2, step: 1}"]);
  const funL = () => pick(["&Enum.map/2", "&:lists.sort/1", "&Main.id/1", "fn x -> x end", "&(&1 + 1)", "&String.upcase/1", "&:erlang.+/2", "&Kernel.is_atom/1"]);
  const term = (d = 2) => {
    if (d <= 0) return pick([intL(), floatL(), atomL(), strL()]);
    const k = rnd(10);
    if (k === 0) return `{${n(rnd(4)).map(() => term(d - 1)).join(", ")}}`;
    if (k === 1) return listL(d - 1);
    if (k === 2) return mapL(d - 1);
    if (k === 3) return chance(0.5) ? structL() : bitsL();
    if (k === 4) return chance(0.3) ? `(${funL()})` : pick(["make_ref()", "self()"]);
    return pick([intL(), floatL(), atomL(), strL()]);
  };

  const fl1 = ["abs", "round", "trunc", "floor", "ceil", "-", "Float.round", "Float.floor", "Float.ceil", "Float.to_string", "to_string", ":erlang.float", "float_to_binary_short", "float_to_binary_dec", "float_to_binary_sci", "float_to_list", "Float.ratio", ":math.sqrt", ":math.sin", ":math.atan", ":math.tan", ":math.exp", ":math.log", ":math.log2", ":math.cbrt_like", "Float.parse", "String.to_float", "sign_bit", "times_neg", "zero_minus", "neg_zero_add", "min", "max", ":math.atan2", ":math.pow", ":math.fmod", "Integer.to_string", "Float.pow", ":math.ceil", ":math.floor", "div_float", "int_ops"];
  const floatStep = () => {
    const f = pick(fl1);
    const x = numL(), y = numL(), fx = floatL();
    switch (f) {
      case "abs": case "round": case "trunc": case "floor": case "ceil": case "-": case ":erlang.float": return `${f}(${x})`;
      case "Float.round": case "Float.floor": case "Float.ceil": return chance(0.5) ? `${f}(${fx})` : `${f}(${fx}, ${rnd(17)})`;
      case "Float.to_string": case "to_string": return `${f}(${x})`;
      case "float_to_binary_short": return `:erlang.float_to_binary(${fx}, [:short])`;
      case "float_to_binary_dec": return `:erlang.float_to_binary(${fx}, [${chance(0.5) ? ":compact, " : ""}decimals: ${rnd(20)}])`;
      case "float_to_binary_sci": return `:erlang.float_to_binary(${fx}, [scientific: ${rnd(20)}])`;
      case "float_to_list": return `:erlang.float_to_list(${fx})`;
      case "Float.ratio": return `Float.ratio(${fx})`;
      case ":math.cbrt_like": return `:math.pow(${fx}, ${pick(["0.5", "3", "-1", "0", "-0.0"])})`;
      case ":math.sqrt": case ":math.sin": case ":math.atan": case ":math.tan": case ":math.exp": case ":math.log": case ":math.log2": case ":math.ceil": case ":math.floor": return `${f}(${x})`;
      case "Float.parse": return `Float.parse(${pick(['"-0.0"', '"0"', '"-0"', '"1e5"', '"1.0e-400"', '"-1.5e400"', '".5"', '"5."', '"1_000.5"', '"inf"', '"0.1x"', '"-.0"', '"+1.0"'])})`;
      case "String.to_float": return `String.to_float(${pick(['"-0.0"', '"0.0"', '"1.0e5"', '"1e5"', '"-1.0e-400"', '"1.0"', '"1"'])})`;
      case "sign_bit": return `<<s::1, _::63>> = <<${fx}::float>>; s`;
      case "times_neg": return `${fx} * -1`;
      case "zero_minus": return `0.0 - ${fx}`;
      case "neg_zero_add": return `-0.0 + ${fx}`;
      case "min": case "max": return `${f}(${x}, ${y})`;
      case ":math.atan2": case ":math.pow": case ":math.fmod": return `${f}(${x}, ${y})`;
      case "Integer.to_string": return `Integer.to_string(${intL()}, ${pick(["2", "16", "36", "10", "1", "37"])})`;
      case "Float.pow": return `Float.pow(${fx}, ${pick(["0", "1", "2", "-1", "3"])})`;
      case "div_float": return `${x} / ${y}`;
      default: return `${pick(["div", "rem", "Integer.mod", "Integer.floor_div", "Bitwise.bsl", "Bitwise.bsr", "Bitwise.band", "Bitwise.bxor", "Integer.pow", "Integer.gcd"])}(${intL()}, ${pick([intL(), "-3", "3", "64", "0"])})`;
    }
  };

  const orderStep = () => {
    const xs = () => `[${n(2 + rnd(6)).map(() => chance(0.4) ? pick(["1", "1.0", "-0.0", "0", "0.0", "2", "2.0"]) : term(1)).join(", ")}]`;
    return pick([
      () => `Enum.sort(${xs()})`, () => `Enum.sort(${xs()}, :desc)`, () => `:lists.sort(${xs()})`, () => `:lists.usort(${xs()})`,
      () => `Enum.sort(${xs()}, &>=/2)`, () => `Enum.sort(${xs()}, &<=/2)`, () => `Enum.sort(${xs()}, &</2)`,
      () => `Enum.sort_by(${xs()}, &is_number/1)`, () => `Enum.uniq(${xs()})`, () => `Enum.dedup(${xs()})`,
      () => `Enum.max(${xs()})`, () => `Enum.min(${xs()})`, () => `Enum.min_max(${xs()})`, () => `Enum.frequencies(${xs()})`,
      () => `MapSet.new(${xs()}) |> MapSet.to_list()`, () => `Map.new(${xs()}, &{&1, 0}) |> Map.keys()`,
      () => `:lists.keysort(1, [{1, :a}, {1.0, :b}, {0, :c}, {1, :d}, {-0.0, :e}, {0.0, :f}])`,
      () => `:lists.ukeysort(1, [{1, :a}, {1.0, :b}, {1, :d}, {0.0, :e}, {-0.0, :f}])`,
      () => `${term(1)} ${pick(["==", "===", "<", ">", "<=", ">=", "!=", "!=="])} ${term(1)}`,
      () => `${pick(["1", "1.0", "0.0", "-0.0"])} ${pick(["==", "===", "<", ">", "<=", "!="])} ${pick(["1", "1.0", "0.0", "-0.0", "0"])}`,
      () => `Enum.sort([${term(1)}, ${term(1)}, ${term(1)}])`,
      () => `:lists.merge(${pick(["[1, 2.0, 3]", "[1.0, 2]"])}, ${pick(["[1.0, 2, 3.0]", "[1, 2.0]"])})`,
      () => `Enum.sort(${xs()}, ${pick([":asc", ":desc", "{:asc, Date}", "&(&1 >= &2)"])})`,
      () => `Enum.max_by(${xs()}, &Main.id/1)`, () => `Enum.min_by(${xs()}, &Main.id/1, &>=/2)`,
      () => `Enum.uniq_by(${xs()}, &(&1 == 1))`, () => `Enum.member?(${xs()}, 1.0)`, () => `1.0 in ${xs()}`,
      () => `List.delete(${xs()}, 1)`, () => `${xs()} -- [1, 0.0]`, () => `Enum.find_index(${xs()}, &(&1 == 0))`,
    ])();
  };

  const seg = () => {
    const t = pick(["int", "int", "sint", "little", "bits", "float", "bin", "utf"]);
    const sz = pick([1, 2, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 24, 31, 33, 64, 65]);
    switch (t) {
      case "int": return `${pick(["0", "1", "5", "-1", "255", "300", "-300", "70000", "4294967297"])}::size(${sz})`;
      case "sint": return `${pick(["-1", "-5", "3", "127", "-128"])}::signed-size(${sz})`;
      case "little": return `${pick(["1", "258", "-2", "65535"])}::little-size(${sz})${chance(0.3) ? "-unit(1)" : ""}`;
      case "bits": return `${bitsL()}::bits`;
      case "float": return `${pick(["1.5", "-0.0", "0.1", "1.0e300", "7"])}::float-size(${pick([16, 32, 64, 64])})`;
      case "bin": return `${pick(['"ab"', '""', '<<1>>'])}::binary`;
      default: return `${pick(["?a", "233", "0x1F600", "0xD800"])}::${pick(["utf8", "utf16", "utf32-little"])}`;
    }
  };
  const pat = () => n(1 + rnd(3)).map((_, k) => pick([`p${k}::size(${1 + rnd(12)})`, `p${k}::signed-size(${1 + rnd(9)})`, `p${k}::${pick(["3", "1", "4"])}`, `p${k}::little-size(${pick([4, 8, 12, 16])})`, `p${k}::float-size(${pick([16, 32, 64])})`, `p${k}::binary-size(1)`, `p${k}::utf8`])).join(", ");
  const bitStep = () => {
    const b = () => `<< ${n(1 + rnd(3)).map(seg).join(", ")} >>`;
    return pick([
      () => b(), () => `bit_size(${b()})`, () => `byte_size(${b()})`, () => `is_binary(${b()})`, () => `is_bitstring(${b()})`,
      () => `(<<${pat()}, rest::bits>> = ${b()}; {binding(), rest})`,
      () => `case ${b()} do <<${pat()}>> -> {:all, binding()}; <<${pat()}, r::bitstring>> -> {:rest, binding(), r}; other -> {:no, other} end`,
      () => `for <<x::${pick(["1", "2", "3", "5"])} <- ${b()} >>, do: x`,
      () => `for <<x::${pick(["1", "3", "4"])} <- ${b()} >>, into: <<>>, do: <<x::${pick(["1", "2", "5"])}>>`,
      () => `:erlang.bitstring_to_list(${b()})`, () => `:erlang.list_to_bitstring([${bitsL()}, 1, [${bitsL()}]])`,
      () => `<< ${b()}::bits, ${b()}::bitstring >>`, () => `Main.id(${bitsL()}) <> ${pick(['"a"', `Main.id(${bitsL()})`])}`,
      () => `inspect(${b()}, ${pick(["binaries: :as_binaries", "base: :hex", "limit: 2", "binaries: :as_strings", "base: :binary"])})`,
      () => `${pick(["String.valid?", "to_string", "IO.iodata_to_binary", "Base.encode16", "String.length", ":binary.bin_to_list", "binary_part_0_1", "byte_size", ":erlang.binary_to_list", "String.to_charlist", "IO.chardata_to_string", ":erlang.md5", "hd_bits", "Kernel.<>_", "String.graphemes", ":binary.first", "IO.iodata_length"])}(${bitsL()})`.replace("binary_part_0_1(", "binary_part(").replace(/binary_part\((.*)\)$/, "binary_part($1, 0, 1)").replace("hd_bits(", ":erlang.bit_size(").replace("Kernel.<>_(", "(\"\" <> Main.id"),
      () => `<<${pick(["1", "x", "-1"])}::size(${pick(["-1", "n", ":a", "0", "1.5"])})>>`.replace("x", "Main.id(:x)").replace("size(n)", "size(Main.id(-2))"),
      () => `(s = ${pick(["3", "0", "8", "13"])}; <<a::size(s), b::bits>> = ${b()}; {a, b})`,
      () => `(s = ${pick(["3", "0", "8"])}; <<s::8, v::size(s)-unit(${pick([1, 2, 8])}), r::bits>> = <<${pick([0, 1, 2, 3])}, ${b().slice(3, -3)}>>; {s, v, r})`,
      () => `<<x::bits-size(${rnd(12)}), _::bits>> = ${b()}; x`,
      () => `match?(<<_::${pick(["1", "7", "8", "9"])}>>, ${b()})`,
    ])();
  };

  const inspectStep = () => {
    const opts = pick(["", ", limit: 3", ", base: :hex", ", base: :octal", ", charlists: :as_lists", ", charlists: :as_charlists", ", structs: false", ", pretty: true, width: 20", ", printable_limit: 2", ", binaries: :as_binaries", ", limit: :infinity", ", width: 0, pretty: true"]);
    return pick([
      () => `inspect(${term(3)}${opts})`, () => `inspect(${structL()}${opts})`, () => `inspect(${atomL()})`, () => `inspect(${listL(1)}${opts})`,
      () => `inspect(${mapL(2)}${opts})`, () => `"#{${pick([intL(), floatL(), atomL(), strL(), "'abc'", "[?a, [?b]]"])}}"`, () => `to_string(${pick([atomL(), listL(0), intL(), floatL(), structL()])})`,
      () => `Kernel.inspect(${funL()})`, () => `inspect(${pick(["[1, 2 | 3]", "[[]| 'a']", "['a' | 'b']", "[?a | ?b]"])}${opts})`,
      () => `IO.inspect(${term(2)}, label: ${pick(['"x"', ":y", '"a b"'])})`,
      () => `Macro.to_string(quote(do: ${pick(["1 + 2 * 3", "-(-1)", "a.b.c", "&1", "fn x -> x end", "not (a and b)", "[a: 1]", "{1, 2, 3}", "%{a | b: 1}", "@a", "x |> f()", "-0.0", "1.0e10", "<<1::3>>"])}))`,
      () => `inspect(${pick(["%{a: 1, b: %{c: [1, 2, 3]}}", "Enum.to_list(1..30)", "Map.new(1..40, &{&1, &1})", "List.duplicate(\"ab\", 12)", "String.duplicate(\"x\", 5000)"])}${opts})`,
    ])();
  };

  const badStep = () => {
    const a = term(1), b = term(1);
    return pick([
      () => `${a} ${pick(["+", "-", "*", "/"])} ${b}`, () => `${pick(["div", "rem", "band", "bsl"])}(${a}, ${b})`.replace(/^b/, "Bitwise.b"),
      () => `${pick(["abs", "round", "trunc", "hd", "tl", "length", "tuple_size", "map_size", "byte_size", "bit_size", "elem_0", "not", "-", "Atom.to_string", "String.to_atom", "Integer.to_string", "List.to_tuple"])}(${a})`.replace("elem_0(", "elem(").replace(/elem\((.*)\)$/, "elem($1, 0)"),
      // (operands in parentheses: a range operand next to `..` is no syntax error)
      () => `(${a}) ${pick(["and", "or", "<>", "++", "--", ".."])} (${b})`,
      () => `Enum.sum(${pick(["[1, :a]", "[1 | 2]", "[1.5, -1.5, -0.0]", "[-0.0]", "[]", "[-0.0, -0.0]", "1..0//1"])})`,
      () => `Enum.product(${pick(["[-0.0, 1]", "[]", "[2, -0.0]", "[:a]"])})`,
      () => `${pick(["Enum.max", "Enum.min"])}(${pick(["[]", "[1 | 2]", "[3, 1 | 2]", "[1, 2]"])}${chance(0.5) ? ", &>=/2" : ""})`,
      () => `elem(${a}, ${pick(["0", "1", "-1", "5"])})`, () => `Map.fetch!(${mapL(0)}, ${a})`, () => `List.first(${a})`,
      () => `:erlang.${pick(["atom_to_binary", "binary_to_atom", "list_to_integer", "binary_to_integer", "integer_to_list", "float_to_list", "tuple_to_list", "list_to_binary", "iolist_size"])}(${a})`,
      () => `String.${pick(["upcase", "length", "to_integer", "duplicate_2", "at_0", "split"])}(${a})`.replace(/duplicate_2\((.*)\)$/, "duplicate($1, 2)").replace(/at_0\((.*)\)$/, "at($1, 0)"),
    ])();
  };

  const steps = [];
  for (let s = 0; s < o.steps; s++) {
    const k = rnd(5);
    const body = [floatStep, orderStep, bitStep, inspectStep, badStep][k]();
    steps.push(`Main.step(${s}, fn -> ${body} end)`);
  }
  return `${HEADER}\n${steps.join("\n")}\n`;
}

main("fuzz-diff-rules", gen, options(424242));
