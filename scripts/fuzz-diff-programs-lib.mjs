#!/usr/bin/env node
// Random whole programs over the standard library as people write them, the sibling of
// fuzz-diff-programs.mjs (same layout; needs elixir on PATH; not part of `npm test`). Each program
// is a script of top-level statements: String on unicode text (split with options, replace with
// options, slice with ranges and steps, pad, trim variants, codepoints/graphemes, contains? and
// starts_with? with lists), Enum and Stream (chunk_by, chunk_every/4, group_by/3, reduce_while,
// scan, zip/unzip, flat_map_reduce, map_reduce, split/take/drop with negatives, sort with
// :asc/:desc/a module, uniq_by, with_index with offset, into/3, Stream.unfold/iterate/cycle),
// Map/Keyword/List/Tuple with their error cases, Integer/Float parse/to_string with bases and
// rounding, inspect options, pattern matching with pins/binaries/maps in case/with/function heads,
// try/rescue/catch/after/else with exception structs and Exception.message, interpolation of every
// term type (a tuple or pid raises Protocol.UndefinedError), and deterministic processes
// (spawn/send/receive with after, monitor DOWN reasons, Task.async/await, Agent). Some programs end
// with an uncaught error, so the first stderr line and the exit status are compared too.
//
//   node scripts/fuzz-diff-programs-lib.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main } from "./fuzz-lib.mjs";

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = (k) => Array.from({ length: k });
  const pieces = ["a", "b", "abc", "A", " ", "  ", "\\t", "\\n", ",", ",,", "-", "é", "e\\u0301", "ß", "日本", "🎉", "👍🏽", "🇫🇷", "\\u00A0", "x1", "10", "ab", "ΑΣ", "Ω", "İ"];
  const s = () => `"${n(rnd(5)).map(() => pick(pieces)).join("")}"`;
  const sub = () => pick(['"a"', '","', '" "', '""', '"é"', '"日"', '"ab"', '"🎉"', "[\"a\", \"b\"]", "[\",\", \" \"]", "[]", '"e\\u0301"']);
  const int = () => pick(["0", "1", "2", "3", "5", "-1", "-2", "-3", "10", "100"]);
  const rangeL = () => `${int()}..${int()}${chance(0.4) ? `//${pick(["1", "2", "-1", "-2", "3"])}` : ""}`;
  const il = () => `[${n(rnd(7)).map(() => String(rnd(12) - 3)).join(", ")}]`;
  const anyL = () => pick(["1", "-7", "2.5", "-0.0", "1.0e20", ":a", "nil", "true", '"str"', '"é🎉"', "'abc'", "[1, 2]", "[a: 1]", "{1, :b}", "%{a: 1}", "%{\"k\" => [1]}", "<<1, 2>>", "<<255>>", "1..3", "self()", "make_ref()", "&String.upcase/1", "fn x -> x end", "[1 | 2]", "MapSet.new([1, 2])", "~D[2024-01-02]", "%ArgumentError{message: \"m\"}", "10_000_000_000_000_000_000"]);
  const kwL = () => pick(["[a: 1, b: 2]", "[a: 1, b: 2, a: 3]", "[]", "[c: nil, a: [1]]", "[b: 2, a: 1]"]);
  const mapL = () => pick(["%{a: 1, b: 2}", "%{}", "%{\"x\" => 1, :y => 2}", "%{1 => :one, 2.0 => :two}", "%{a: %{b: 1}}"]);
  const fn1 = () => pick(["&(&1 * 2)", "&rem(&1, 3)", "fn x -> x > 2 end", "&(&1 < 0)", "&abs/1", "&Integer.is_even/1", "fn x -> div(x, 2) end"]);
  const wrap = (e) => `IO.inspect(${/^for /.test(e) ? `(${e})` : e}${chance(0.3) ? `, label: "${pick(["r", "val", "x y"])}"` : ""})`;
  // an expression that may raise, run in try as people do, printing the message
  const tried = (e) => `try do\n  IO.inspect(${e})\nrescue\n  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")\nend`;

  const strCalls = [
    () => `String.split(${s()}, ${sub()}${chance(0.6) ? `, ${pick(["parts: 2", "trim: true", "parts: 3, trim: true", "parts: :infinity"])}` : ""})`,
    () => `String.split(${s()})`,
    () => `String.replace(${s()}, ${sub()}, ${pick(['"_"', '""', '"[\\\\0]"', '"<>"'])}${chance(0.5) ? `, ${pick(["global: false", "global: true"])}` : ""})`,
    () => `String.replace(${s()}, ~r/${pick(["a", "[ab]", "\\\\s+", ".", "(.)\\\\1", "é|日", "\\\\d"])}/${pick(["", "u"])}, ${pick(['"_"', '"\\\\1\\\\1"', '"[\\\\0]"', 'fn m -> String.upcase(m) end'])}${chance(0.3) ? ", global: false" : ""})`,
    () => `String.slice(${s()}, ${rangeL()})`,
    () => `String.slice(${s()}, ${int()}, ${int()})`,
    () => `String.${pick(["pad_leading", "pad_trailing"])}(${s()}, ${rnd(10)}${chance(0.6) ? `, ${pick(['"*"', '"ab"', '"é"', '"-="'])}` : ""})`,
    () => `String.${pick(["trim", "trim_leading", "trim_trailing"])}(${s()}${chance(0.5) ? `, ${pick(['"a"', '" "', '","', '"é"', '"ab"'])}` : ""})`,
    () => `String.${pick(["codepoints", "graphemes", "length", "reverse", "upcase", "downcase", "capitalize", "first", "last"])}(${s()})`,
    () => `String.${pick(["contains?", "starts_with?", "ends_with?"])}(${s()}, ${sub()})`,
    () => `String.split_at(${s()}, ${int()})`,
    () => `String.at(${s()}, ${int()})`,
    () => `String.${pick(["replace_prefix", "replace_suffix", "replace_leading", "replace_trailing"])}(${s()}, ${pick(['"a"', '" "', '"é"', '"ab"'])}, ${pick(['"_"', '""', '"X"'])})`,
    () => `String.chunk(${s()}, ${pick([":valid", ":printable"])})`,
    () => `String.myers_difference(${s()}, ${s()})`,
    () => `String.jaro_distance(${s()}, ${s()})`,
    () => `for <<c::utf8 <- ${s()}>>, do: c`,
    () => `String.to_charlist(${s()}) |> Enum.reverse() |> List.to_string()`,
  ];
  const enumCalls = [
    () => `Enum.chunk_by(${il()}, ${fn1()})`,
    () => `Enum.chunk_every(${il()}, ${1 + rnd(3)}, ${1 + rnd(3)}${pick(["", ", :discard", ", [0, 0]", ", []"])})`,
    () => `Enum.group_by(${il()}, ${fn1()}${chance(0.5) ? ", &(&1 * 10)" : ""})`,
    () => `Enum.reduce_while(${il()}, 0, fn x, acc -> if acc + x > ${rnd(10)}, do: {:halt, acc}, else: {:cont, acc + x} end)`,
    () => `Enum.scan(${il()}, ${chance(0.5) ? `${int()}, ` : ""}${pick(["&+/2", "&max/2", "fn x, a -> x * a end"])})`,
    () => `Enum.zip(${il()}, ${pick([il(), "[:a, :b, :c]", "\"ab\" |> String.graphemes()"])})`,
    () => `Enum.zip([${il()}, ${il()}, ${il()}])`,
    () => `Enum.unzip(Enum.zip(${il()}, ${il()}))`,
    () => `Enum.flat_map_reduce(${il()}, 0, fn x, acc -> if x > ${rnd(8)}, do: {:halt, acc}, else: {[x, x], acc + 1} end)`,
    () => `Enum.map_reduce(${il()}, ${int()}, fn x, acc -> {x * acc, acc + x} end)`,
    () => `Enum.${pick(["split", "take", "drop"])}(${il()}, ${int()})`,
    () => `Enum.${pick(["split_while", "take_while", "drop_while", "split_with"])}(${il()}, ${fn1()})`,
    () => `Enum.sort(${il()}, ${pick([":asc", ":desc", "&>=/2", "&</2"])})`,
    () => `Enum.sort([~D[2024-01-02], ~D[2023-05-06], ~D[2024-01-01]], ${pick(["Date", "{:desc, Date}", "{:asc, Date}"])})`,
    () => `Enum.sort_by(${pick(["[\"bb\", \"a\", \"ccc\", \"dd\"]", "[{1, :b}, {0, :a}, {1, :a}]"])}, ${pick(["&byte_size/1", "&elem(&1, 0)", "& &1"])}${chance(0.5) ? ", :desc" : ""})`,
    () => `Enum.uniq_by(${il()}, ${fn1()})`,
    () => `Enum.with_index(${il()}, ${pick(["1", "-2", "fn x, i -> {i, x} end", "10"])})`,
    () => `Enum.into(${il()}, ${pick(["%{}", "[]", "MapSet.new()"])}, fn x -> {x, x * x} end)`,
    () => `Enum.into([a: 1, b: 2], ${pick(["%{c: 3}", "[]", "%{}"])})`,
    () => `Stream.unfold(${rnd(5)}, fn 0 -> nil; k -> {k, k - 1} end) |> Enum.to_list()`,
    () => `Stream.iterate(${int()}, ${pick(["&(&1 * 2)", "&(&1 + 3)", "&(-&1)"])}) |> Enum.take(${rnd(6)})`,
    () => `Stream.cycle(${pick(["[1, 2, 3]", "[:a]", "1..2"])}) |> Enum.take(${rnd(7)})`,
    () => `${il()} |> Stream.map(${fn1()}) |> Stream.filter(& &1) |> Stream.with_index() |> Enum.to_list()`,
    () => `Stream.chunk_every(${il()}, 2) |> Stream.take(${rnd(4)}) |> Enum.to_list()`,
    () => `Enum.${pick(["min_max", "frequencies", "dedup", "sum", "product", "max", "min"])}(${il()})`,
    () => `Enum.${pick(["max_by", "min_by"])}(${il()}, ${fn1()}${chance(0.3) ? ", fn -> :empty end" : ""})`,
    () => `Enum.frequencies_by(${il()}, ${fn1()})`,
    () => `Enum.slice(${il()}, ${rangeL()})`,
    () => `Enum.take_every(${il()}, ${rnd(4)})`,
    () => `Enum.${pick(["find", "find_index", "find_value", "count"])}(${il()}, ${fn1()})`,
    () => `Enum.intersperse(${il()}, :x)`,
    () => `Enum.reverse(${il()}, ${il()})`,
    () => `Enum.at(${il()}, ${int()}${chance(0.3) ? ", :none" : ""})`,
  ];
  const collCalls = [
    () => `Map.${pick(["get", "fetch", "pop", "delete", "has_key?", "take", "drop", "split"])}(${mapL()}, ${pick([":a", "\"x\"", "[:a, :b]", "1", "2.0"])})`,
    () => `Map.update(${mapL()}, :a, 0, &(&1 + 1))`,
    () => `Map.merge(${mapL()}, ${mapL()}${chance(0.5) ? ", fn _k, a, b -> {a, b} end" : ""})`,
    () => `Map.${pick(["filter", "reject"])}(${mapL()}, fn {_k, v} -> is_integer(v) end)`,
    () => `Map.new(${il()}, &{&1, to_string(&1)})`,
    () => `Map.${pick(["fetch!", "update!", "replace!"])}(${mapL()}, :b${pick(["", ", & &1", ", 5"]).replace(/^, & &1$/, "")})`,
    () => `Keyword.${pick(["get", "get_values", "delete", "has_key?", "fetch", "pop", "pop_first"])}(${kwL()}, :a)`,
    () => `Keyword.${pick(["merge", "take", "drop"])}(${kwL()}, ${pick([kwL(), "[:a]", "[:b, :c]"])})`,
    () => `Keyword.put(${kwL()}, :a, 9)`,
    () => `Keyword.${pick(["fetch!", "get_lazy"])}(${kwL()}, :c${/get_lazy/.test("x") ? "" : ""})`.replace("get_lazy(", "get_lazy(").replace(/get_lazy\((.*), :c\)/, "get_lazy($1, :c, fn -> 0 end)"),
    () => `Keyword.validate(${kwL()}, ${pick(["[:a, :b]", "[a: 0]", "[:a, b: 5, c: 1]"])})`,
    () => `List.${pick(["first", "last", "flatten", "delete_at", "pop_at", "insert_at", "replace_at", "update_at", "keyfind", "keydelete", "myers_difference", "starts_with?"])}(${il()}${pick(["", ", 1", ", -1", ", 2, :z"])})`.replace(/List\.(delete_at|pop_at)\((\[[^\]]*\])\)/, "List.$1($2, 0)").replace(/List\.(insert_at|replace_at)\((\[[^\]]*\])(, -?\d)?\)/, "List.$1($2, 1, :z)").replace(/List\.update_at\((\[[^\]]*\])[^)]*\)/, "List.update_at($1, 0, &(&1 * 3))").replace(/List\.keyfind\((\[[^\]]*\])[^)]*\)/, "List.keyfind([{1, :a}, {2, :b}], 2, 0)").replace(/List\.keydelete\((\[[^\]]*\])[^)]*\)/, "List.keydelete([{1, :a}, {2, :b}], 1, 0)").replace(/List\.(myers_difference|starts_with\?)\((\[[^\]]*\])[^)]*\)/, "List.$1($2, [1, 2])").replace(/List\.(first|last|flatten)\((\[[^\]]*\])[^)]*\)/, "List.$1($2)"),
    () => `List.${pick(["duplicate", "wrap", "zip", "to_tuple"])}(${pick(["[[1, 2], [3]]", "nil", "[:a, :b]"])}${chance(0.3) ? "" : ""})`.replace(/duplicate\(([^)]*)\)/, "duplicate($1, 2)"),
    () => `Tuple.${pick(["append", "insert_at", "delete_at", "duplicate"])}(${pick(["{1, 2}", "{}", "{:a}"])}, ${int()})`.replace(/insert_at\((.*), (-?\d+)\)/, "insert_at($1, $2, :x)"),
    () => `elem(${pick(["{1, 2}", "{}", "{:a}"])}, ${int()})`,
    () => `put_elem({1, 2, 3}, ${int()}, :x)`,
    () => `get_in(${pick(["%{a: %{b: [1, 2]}}", "[a: [b: 1]]", "%{a: nil}"])}, ${pick(["[:a, :b]", "[:a]", "[:a, :b, :c]", "[:z, :b]"])})`,
    () => `put_in(${pick(["%{a: %{b: 1}}", "[a: [b: 1]]"])}, [:a, :b], 2)`,
    () => `update_in(%{a: [1, 2]}, [:a, Access.at(${int()})], &(&1 * 10))`,
    () => `pop_in(%{a: %{b: 1, c: 2}}, [:a, :b])`,
  ];
  const numCalls = [
    () => `Integer.parse(${pick(['"12abc"', '"-0x1F"', '" 3"', '"ff"', '"+7"', '"1_000"', '""', '"١٢"', '"3.5"'])}${chance(0.5) ? `, ${pick(["16", "2", "36", "8"])}` : ""})`,
    () => `Float.parse(${pick(['"1.5e3x"', '".5"', '"1."', '"-0.0"', '"1e400"', '"2"', '"3.14abc"', '"1_0.5"', '"1.0e-400"'])})`,
    () => `Integer.to_string(${pick(["255", "-255", "0", "123456789012345678901234567890", "-1"])}, ${pick(["2", "16", "36", "8", "10", "3"])})`,
    () => `Integer.digits(${pick(["1234", "-50", "0", "255"])}${chance(0.5) ? `, ${pick(["2", "16", "10"])}` : ""})`,
    () => `Integer.undigits(${pick(["[1, 2, 3]", "[1, 0, 1]", "[15, 15]", "[]"])}${chance(0.5) ? ", 16" : ""})`,
    () => `Integer.${pick(["gcd", "floor_div", "mod", "pow"])}(${pick(["12", "-12", "7", "0"])}, ${pick(["8", "-5", "3", "2"])})`,
    () => `Float.${pick(["round", "floor", "ceil"])}(${pick(["1.005", "2.675", "-1.5", "0.125", "123.456", "-0.0", "1.0e20", "5.5"])}, ${rnd(5)})`,
    () => `Float.to_string(${pick(["1.0e20", "0.1", "1.0e-7", "123456789.125", "-0.0", "1.0e16", "9.999999999999999e22"])})`,
    () => `:erlang.float_to_binary(${pick(["1.005", "2.5", "1.0e20", "0.1"])}, ${pick(["decimals: 2", "[:compact, decimals: 4]", "scientific: 2", ":short"])})`,
    () => `Float.ratio(${pick(["0.75", "0.1", "-2.5", "3.0"])})`,
    () => `round(${pick(["2.5", "-2.5", "0.5", "1.5", "-0.5"])})`,
    () => `Integer.to_charlist(${pick(["255", "-10"])}, ${pick(["16", "2"])})`,
    () => `String.to_integer(${pick(['"ff"', '"-101"', '"zz"'])}, ${pick(["16", "2", "36"])})`,
  ];
  const inspectCalls = [
    () => `inspect(${pick(["Enum.to_list(1..30)", "\"hello world\"", "%{a: [1, 2, 3], b: \"x\"}", "[1, [2, [3, [4]]]]", "{:ok, Enum.to_list(1..10)}", "'abc'", "[7, 8, 9]", "<<1, 2, 3, 255>>", "255", "[a: 1, b: [c: 2]]", "MapSet.new(1..5)", "String.duplicate(\"ab\", 20)"])}, ${pick(["limit: 3", "limit: 0", "pretty: true, width: 20", "pretty: true, width: 5", "charlists: :as_lists", "charlists: :as_charlists", "base: :hex", "base: :binary", "binaries: :as_binaries", "printable_limit: 4", "limit: :infinity", "structs: false", "width: 0, pretty: true", "base: :octal, limit: 2"])})`,
    () => `IO.inspect(${anyL()}, ${pick(["label: \"v\"", "limit: 2", "syntax_colors: []", "pretty: true"])}) && :ok`,
    () => `inspect(${anyL()})`,
  ];
  // interpolation of every type: tuples, pids, refs, maps, funs raise Protocol.UndefinedError
  const interp = () => tried(`"v=#{${anyL()}}"`);

  const caseStmt = () => {
    const x = pick(["{:ok, 5}", "{:error, \"bad\"}", "<<1, 2, 3, 4>>", "%{name: \"é\", age: 30}", "[1, 2, 3]", "\"abc\"", "{:ok, [1 | 2]}", "5"]);
    return `pin = ${pick(["5", "1", "\"bad\""])}
case M.id(${x}) do
  {:ok, ^pin} -> IO.puts("pinned")
  {:error, <<c::utf8, rest::binary>>} -> IO.inspect({c, rest})
  <<a::8, b::16, rest::bits>> -> IO.inspect({a, b, rest})
  %{name: name} = m when map_size(m) > 1 -> IO.puts("name #{name}")
  [h | t] when is_list(t) -> IO.inspect({h, t})
  "a" <> rest -> IO.inspect(rest)
  {:ok, [_ | tail]} -> IO.inspect(tail)
  other -> IO.inspect(other, label: "other")
end`;
  };
  const withStmt = () => `r =
  with {:ok, a} <- ${pick(["{:ok, 1}", "{:error, :x}", "Map.fetch(%{a: 2}, :a)"])},
       ${pick(["b when b > 0", "b"])} <- ${pick(["a + 1", "-a", "a * 10"])},
       %{k: k} <- ${pick(["%{k: b}", "%{j: b}", "[k: b]"])} do
    {a, b, k}
  else
    ${pick(["{:error, e} -> {:err, e}\n    other -> {:other, other}", "x -> {:else, x}", "{:error, e} -> e"])}
  end
IO.inspect(r)`;
  const exns = ["raise \"boom\"", "raise ArgumentError", "raise ArgumentError, \"bad arg\"", "raise KeyError, key: :k, term: %{}", "Map.fetch!(%{}, :zz)", "1 / M.id(0)", "throw(:t)", "exit(:bye)", "String.to_integer(\"x\")", "elem({}, 0)", "raise RuntimeError, message: \"rt\"", "[] |> hd()", "M.id(%{a: 1}).b", "Enum.fetch!([], 0)", ":ok", "raise %File.Error{reason: :enoent, action: \"read\", path: \"x\"}", "Integer.parse(M.id(1))", "apply(M, :nope, [])", "raise ErlangError, original: :oops", ":erlang.error(:badarg)", ":erlang.error({:foo, 1})", "List.first(M.id(:x))"];
  const tryStmt = () => `r =
  try do
    ${pick(exns)}
  rescue
    ${pick(["e in [ArgumentError, KeyError] -> {:arg_or_key, Exception.message(e)}\n    e in RuntimeError -> {:rt, e.message}", "e -> {e.__struct__, Exception.message(e)}", "ArithmeticError -> :arith\n    e -> {:other, Exception.format(:error, e)}"])}
  catch
    ${pick([":throw, v -> {:thrown, v}\n    :exit, v -> {:exited, v}", "k, v -> {k, v}"])}
  ${chance(0.4) ? "else\n    v -> {:else, v}\n  " : ""}after
    IO.puts("after")
  end
IO.inspect(r)`;
  // OTP 25's receive optimisation pass (beam_ssa_recv) crashes on a receive of
  // {:DOWN, ^ref, :process, ^pid, _} after spawn_monitor, so the pid is compared after the match
  const procStmt = () => `M.run(fn ->\n${procBody().replace(/^/gm, "  ")}\nend)`;
  const procBody = () => pick([
    () => `parent = self()
pid = spawn(fn -> receive do {:ping, from} -> send(from, {:pong, ${anyL()}}) end end)
send(pid, {:ping, parent})
receive do
  {:pong, v} -> IO.inspect(v, label: "pong")
after
  1000 -> IO.puts("timeout")
end`,
    () => `receive do
  m -> IO.inspect(m)
after
  ${pick(["0", "10"])} -> IO.puts("nothing")
end`,
    () => `{pid, ref} = spawn_monitor(fn -> ${pick(["exit(:normal)", "exit(:boom)", "exit({:shutdown, 1})", "raise \"x\"", ":ok", "throw(:t)", "1 / M.id(0)"])} end)
receive do
  {:DOWN, ^ref, :process, p, reason} -> IO.inspect({p == pid, reason}, label: "down")\nend
# (a crash's Logger report not yet printed when the script ends, as when a later statement raises,
# is lost on the BEAM: seed 20 program 7, every run)
Process.sleep(100)`,
    () => `t = Task.async(fn -> ${pick(["Enum.sum(1..10)", "String.upcase(\"é\")", "{:ok, self() == self()}"])} end)
IO.inspect(Task.await(t))`,
    () => `ts = Enum.map(1..3, fn i -> Task.async(fn -> i * i end) end)
IO.inspect(Task.await_many(ts))`,
    () => `{:ok, ag} = Agent.start_link(fn -> ${pick(["%{}", "[]", "0"])} end)
Agent.update(ag, fn s -> ${pick(["Map.put(s, :k, 1)", "[1 | s]", "s"])} end)
IO.inspect(Agent.get(ag, & &1))
IO.inspect(Agent.get_and_update(ag, fn s -> {s, :new} end))
Agent.stop(ag)`,
    () => `pid = spawn(fn -> Process.sleep(:infinity) end)
ref = Process.monitor(pid)
Process.exit(pid, ${pick([":kill", ":normal", ":shutdown", "{:custom, 1}"])})
receive do
  {:DOWN, ^ref, _, _, r} -> IO.inspect(r)
after
  200 -> IO.puts("alive #{Process.alive?(pid)}")
end`,
    () => `ref = Process.monitor(spawn(fn -> :ok end))
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
IO.inspect(Process.monitor(M.id(:no_such_name)) |> is_reference())
receive do {:DOWN, _, :process, who, r} -> IO.inspect({who, r}) end`,
    () => `send(self(), :a)
send(self(), {:b, 1})
receive do {:b, x} -> IO.inspect(x) end
IO.inspect(Process.info(self(), :message_queue_len))`,
  ])();
  const headStmt = () => `IO.inspect(${pick(["M.head", "M.bin_head", "M.map_head"])}(${pick(["[1, 2]", "[]", "<<1, 2, 3>>", "\"héllo\"", "%{a: 1, b: 2}", "%{a: 1}", "{:x, 1}", "42"])}))`;

  const stmts = [
    () => wrap(pick(strCalls)()), () => wrap(pick(strCalls)()),
    () => wrap(pick(enumCalls)()), () => wrap(pick(enumCalls)()), () => wrap(pick(enumCalls)()),
    () => tried(pick(collCalls)()), () => tried(pick(collCalls)()),
    () => tried(pick(numCalls)()),
    () => { const e = pick(inspectCalls)(); return /^inspect/.test(e) ? `IO.puts(${e})` : wrap(e); },
    interp, caseStmt, withStmt, tryStmt, tryStmt, procStmt, procStmt, headStmt,
    () => `IO.puts("#{${pick(["1", "2.5", ":a", "nil", "'ab'", "\"s\"", "[1, \"a\", 'b']", "1.0e25", "-0.0", "Foo.Bar"])}}|#{${pick(["1 + 1", "[?a]", ":\"x y\""])}}")`,
  ];
  const errs = [
    () => `"#{M.id({1, 2})}"`, () => `String.pad_leading("a", M.id(-1))`, () => `Enum.chunk_every([1], M.id(0))`,
    () => `Keyword.fetch!([a: 1], :b)`, () => `Map.fetch!(%{a: 1}, :b)`, () => `Integer.to_string(10, M.id(1))`,
    () => `Task.await(Task.async(fn -> exit(:bad) end))`, () => `Agent.get(M.id(:nope), & &1)`,
    () => `Enum.zip(M.id(:x), [1])`, () => `Stream.cycle(M.id([])) |> Enum.take(1)`, () => `String.slice("abc", M.id(1..2//-1))`,
    () => `Tuple.insert_at({}, M.id(2), :x)`, () => `Float.round(1.5, M.id(20))`, () => `IO.puts(M.id(self()))`,
    () => `with {:ok, x} <- M.id(:e), do: x`,
  ];
  const mod = `defmodule M do
  def id(x), do: x
  def run(f), do: f.()
  def head([h | _]), do: {:head, h}
  def head([]), do: :empty
  def head(x) when is_binary(x), do: bin_head(x)
  def head(%{a: a} = m) when map_size(m) > 1, do: {:map_a, a}
  def bin_head(<<c::utf8, rest::binary>>), do: {c, rest}
  def bin_head(<<>>), do: :empty_bin
  def map_head(%{a: 1, b: b}), do: b
  def map_head(%{a: a}), do: a
end
`;
  const lines = [];
  for (let i = 0; i < o.steps; i++) lines.push(pick(stmts)());
  if (chance(0.3)) lines.push(`IO.inspect(${pick(errs)()})`);
  lines.push('IO.puts("end")');
  return `${mod}\n${lines.join("\n")}\n`;
}

// (Logger's reports of crashed spawned processes land at timing-dependent places: compared apart)
main("fuzz-diff-programs-lib", gen, { ...options(31001), reportsApart: true });
