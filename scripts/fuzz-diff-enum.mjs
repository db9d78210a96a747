// Random calls of the collection libraries with random funs, run with real `elixir` and with
// beamlet (needs elixir on PATH; not part of `npm test`). Each step calls one function of Enum,
// List, :lists, Map, MapSet, Tuple or Stream (then Enum) on a random enumerable (lists of mixed
// terms, improper lists, keywords, ranges with steps, maps of up to 40 keys, MapSets, non-
// enumerables) with a random fun: a good one, one that raises/throws/exits at a chosen element,
// one that returns a bad value (:maybe where a boolean is wanted, a non-tuple where a pair is),
// one of the wrong arity. It prints the value or the error's banner and every stack frame down to
// the step's own: the library's frames (names, arities, files, lines; body recursion) are compared.
//
//   node scripts/fuzz-diff-enum.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main } from "./fuzz-lib.mjs";

const HEADER = `defmodule Main do
  def step(i, f) do
    r =
      try do
        {:ok, f.()}
      catch
        kind, reason ->
          st = Enum.take_while(__STACKTRACE__, fn {m, fun, _, _} -> not (m == Main and fun == :step) end)
          {:failed, Exception.format_banner(kind, reason, __STACKTRACE__), Enum.map(st, &Exception.format_stacktrace_entry/1)}
      end

    case r do
      {:ok, v} -> IO.puts("#{i}: #{inspect(v, limit: 60, printable_limit: 60)}")
      {:failed, banner, frames} -> IO.puts("#{i}: #{banner}\\n" <> Enum.map_join(frames, "\\n", &("    " <> &1)))
    end
  end

  def boom(x, k) do
    if x == k, do: raise(ArgumentError, "boom #{inspect(k)}"), else: x
  end
`;

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  // the enumerables, and the elements funs may be told to fail at
  const lists = ["[3, 1, 2]", "[]", "[1, 2, 3, 4, 5, 6, 7, 8]", "[1, :a, \"b\", 2.0, nil]", "[1, 1.0, :a, \"s\", {1}, [2], %{}, 'c', -0.0, 0]",
    "[2, 1 | 3]", "[1 | :x]", "[a: 1, b: 2, a: 3]", "[{:a, 1}, {\"b\", 2}]", "[[1, 2], [3], []]", "['ab', \"ab\", :ab]", "Enum.to_list(1..40)",
    "[5, 3, 5, 1, 3]", "[{2, :b}, {1, :a}, {2, :a}, {1.0, :c}]", "[10, -3, 7, 0, 2]"];
  const others = ["1..5", "5..1//-1", "1..10//3", "0..-1//1", "%{a: 1, b: 2}", "%{1 => :x, \"k\" => [1]}", "Map.new(1..40, &{&1, -&1})", "MapSet.new([3, 1, 2])",
    "%{}", "MapSet.new()"];
  const bad = [":a", "nil", "42", "{1, 2}", "\"str\"", "3.5"];
  const enumL = () => (chance(0.06) ? pick(bad) : chance(0.7) ? pick(lists) : pick(others));
  const listL = () => (chance(0.06) ? pick(bad) : pick(lists));
  const at = () => pick(["1", "2", "3", ":a", "5", "{1}", "0", "{2, :a}", "[2]"]);
  const intL = () => pick(["0", "1", "2", "3", "-1", "-2", "10", "100", "1.0", ":a"]);
  // funs of one argument: good, failing at an element, bad result, wrong arity
  const f1 = () => pick([
    "&(&1)", "fn x -> [x] end", "&is_integer/1", "fn x -> {x, x} end", `&Main.boom(&1, ${at()})`, `&Main.boom(&1, ${at()})`,
    "fn x -> x * 2 end", `fn x -> if x == ${at()}, do: throw(x), else: true end`, `fn x -> if x == ${at()}, do: exit(:k), else: x end`,
    "fn _ -> :maybe end", "fn _ -> nil end", "fn x, _ -> x end", "&to_string/1", "fn {k, v} -> {v, k} end", "fn x when is_number(x) -> x > 1 end",
  ]);
  const f2 = () => pick([
    "fn x, acc -> [x | acc] end", "fn a, b -> a <= b end", "&+/2", `fn x, acc -> Main.boom(x, ${at()}); acc end`,
    `fn x, acc -> if x == ${at()}, do: exit(:k), else: acc end`, "fn _, _ -> :maybe end", "fn x, acc -> {x, acc} end", "fn x -> x end",
    "fn a, b -> a > b end", "&max/2", "fn x, {a, b} -> {a + 1, [x | b]} end",
  ]);
  const collL = () => pick(["[]", "%{}", "MapSet.new()", "\"\"", "[:z]", "%{z: 0}", ":a"]);
  const calls = [
    () => `Enum.${pick(["map", "filter", "reject", "flat_map", "each", "find", "find_index", "find_value", "any?", "all?", "count", "sort_by", "min_by", "max_by", "group_by", "frequencies_by", "uniq_by", "dedup_by", "chunk_by", "split_with", "take_while", "drop_while", "split_while", "map_join", "with_index", "filter", "map", "partition"].filter((f) => f !== "partition"))}(${enumL()}, ${f1()})`,
    () => `Enum.${pick(["reduce", "map_reduce", "scan", "reduce_while"])}(${enumL()}, ${pick(["0", "[]", "{0, []}", ":acc"])}, ${f2()})`.replace(/reduce_while\((.*), (fn .*|&.*)\)$/, (m, a) => `reduce_while(${a}, fn x, acc -> if x == ${at()}, do: {:halt, acc}, else: {:cont, [x | List.wrap(acc)]} end)`),
    () => `Enum.${pick(["reduce", "sort", "zip_with", "min", "max", "sum", "product", "uniq", "dedup", "frequencies", "min_max", "reverse", "to_list", "join", "concat", "shuffle"].filter((f) => f !== "shuffle"))}(${enumL()}${chance(0.4) ? `, ${pick([f2(), ":desc", ":asc", "\", \"", enumL()])}` : ""})`,
    () => `Enum.${pick(["at", "fetch", "fetch!", "take", "drop", "chunk_every", "slice", "split", "take_every", "drop_every", "random"].filter((f) => f !== "random"))}(${enumL()}, ${pick([intL(), "1..2", "-2..-1", "0..10//2"])})`,
    () => `Enum.${pick(["zip", "into", "concat", "intersperse"])}(${enumL()}, ${pick([enumL(), collL(), ":sep"])})`,
    () => `Enum.into(${enumL()}, ${collL()}, ${f1()})`,
    () => `Enum.zip_with(${enumL()}, ${enumL()}, ${f2()})`,
    () => `Enum.sort(${enumL()}, ${pick(["&<=/2", "&>=/2", ":desc", "{:asc, Date}", f2()])})`,
    () => `:lists.${pick(["map", "filter", "flatmap", "filtermap", "any", "all", "takewhile", "dropwhile", "splitwith", "partition", "search", "foreach", "uniq"])}(${f1()}, ${listL()})`,
    () => `:lists.${pick(["foldl", "foldr", "mapfoldl", "mapfoldr"])}(${f2()}, ${pick(["0", "[]", "{0, []}"])}, ${listL()})`,
    () => `:lists.${pick(["sort", "usort"])}(${f2()}, ${listL()})`,
    () => `:lists.${pick(["merge", "umerge"])}(${f2()}, ${listL()}, ${listL()})`,
    () => `:lists.zipwith(${f2()}, ${listL()}, ${listL()})`,
    () => `:lists.keymap(${f1()}, ${pick(["1", "2", "0", ":a"])}, ${pick([listL(), "[{1, :a}, {2, :b}]", "[{1}, {2}, {3}]"])})`,
    () => `:lists.${pick(["sort", "usort", "reverse", "last", "flatten", "sum", "max", "min", "droplast", "append", "nth", "sublist", "nthtail", "delete", "subtract", "keysort", "keyfind", "seq", "duplicate", "split"])}(${pick([listL(), intL()])}${chance(0.6) ? `, ${pick([listL(), intL()])}` : ""}${chance(0.2) ? `, ${intL()}` : ""})`,
    () => `List.${pick(["first", "last", "flatten", "wrap", "to_tuple", "duplicate", "delete_at", "pop_at", "insert_at", "replace_at", "update_at", "keyfind", "keydelete", "keytake", "keysort", "starts_with?", "zip", "foldl", "foldr", "ascii_printable?", "improper?"])}(${listL()}${chance(0.6) ? `, ${pick([intL(), listL(), f1()])}` : ""}${chance(0.3) ? `, ${pick([intL(), f2(), f1()])}` : ""})`,
    () => `Map.${pick(["new", "filter", "reject", "map", "update!", "update", "get_lazy", "merge"].filter((f) => f !== "map"))}(${pick([enumL(), "%{a: 1, b: 2}"])}, ${pick([f1(), ":a", "%{b: 3}"])}${chance(0.3) ? `, ${f1()}` : ""})`,
    () => `MapSet.${pick(["new", "filter", "reject", "map", "put", "member?", "union", "difference", "subset?", "to_list"].filter((f) => f !== "map"))}(${pick(["MapSet.new([1, 2, 3])", enumL()])}${chance(0.7) ? `, ${pick([f1(), "MapSet.new([2])", "3", enumL()])}` : ""})`,
    () => `Stream.${pick(["map", "filter", "reject", "flat_map", "take_while", "drop_while", "with_index", "dedup_by", "uniq_by", "chunk_by", "each"])}(${enumL()}, ${f1()}) |> Enum.${pick(["to_list", "take(3)", "count", "sum"])}`.replace(/Enum\.(take\(3\)|count|sum)$/, "Enum.$1").replace(/\|> Enum\.take\(3\)$/, "|> Enum.take(3)").replace(/\|> Enum\.(to_list|count|sum)$/, "|> Enum.$1()"),
    () => `Stream.${pick(["scan", "transform"])}(${enumL()}, ${pick(["0", "[]"])}, ${f2().replace(/^fn x, acc -> \[x \| acc\] end$/, "fn x, acc -> {[x], acc} end")}) |> Enum.to_list()`,
    () => `for x <- ${enumL()}, ${pick(["is_integer(x)", "x != 2", `Main.boom(x, ${at()})`, "x"])}, ${pick(["into: [], ", "into: %{}, ", "into: \"\", ", "uniq: true, ", "", "reduce: 0, "])}do: ${pick(["x", "{x, x}", "to_string(x)", "x * 2"])}`.replace(/reduce: 0, do: (.*)$/, "reduce: 0 do acc -> acc + 1 end").replace(/into: \[\], do:/, "into: [], do:"),
    () => `Tuple.${pick(["to_list", "append", "insert_at", "delete_at", "duplicate", "product", "sum"])}(${pick(["{1, 2}", "{}", "{:a, [1]}", enumL()])}${chance(0.5) ? `, ${intL()}` : ""}${chance(0.2) ? `, ${intL()}` : ""})`,
  ];
  const lines = [];
  for (let k = 0; k < o.steps; k++) lines.push(`Main.step(${k}, fn -> ${pick(calls)()} end)`);
  return `${HEADER}end\n\n${lines.join("\n")}\nIO.puts("end")\n`;
}

main("fuzz-diff-enum", gen, options(70100));
