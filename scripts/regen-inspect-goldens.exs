# Regenerates test/vm/goldens/inspect.json with real Elixir 1.14:
#   elixir scripts/regen-inspect-goldens.exs
# Each case is an expression; we record an encoding of the term (read back by
# test/vm/term_json.ts), inspect(t, opts) and inspect(t, [pretty: true] ++ opts) (what IO.inspect prints).
defmodule Golden.Point do
  defstruct [:y, :x, label: "p"]
end

defmodule Golden.Enc do
  def enc(t) when is_integer(t), do: ~s({"int":"#{t}"})
  def enc(t) when is_float(t), do: ~s({"float":"#{:erlang.float_to_binary(t, [:short])}"})
  def enc(t) when is_atom(t), do: ~s({"atom":#{str(Atom.to_string(t))}})
  def enc(t) when is_binary(t), do: ~s({"bin":[#{t |> :binary.bin_to_list() |> Enum.join(",")}]})
  def enc(t) when is_tuple(t), do: ~s({"tuple":[#{t |> Tuple.to_list() |> Enum.map(&enc/1) |> Enum.join(",")}]})
  def enc(t) when is_map(t), do: ~s({"map":[#{t |> Map.to_list() |> Enum.map(fn {k, v} -> "[#{enc(k)},#{enc(v)}]" end) |> Enum.join(",")}]})
  def enc(t) when is_list(t), do: enc_list(t, [])
  defp enc_list([h | t], acc), do: enc_list(t, [enc(h) | acc])
  defp enc_list([], acc), do: ~s({"list":[#{acc |> Enum.reverse() |> Enum.join(",")}]})
  defp enc_list(tail, acc), do: ~s({"list":[#{acc |> Enum.reverse() |> Enum.join(",")}],"tail":#{enc(tail)}})
  def str(s) do
    body =
      s
      |> String.to_charlist()
      |> Enum.map(fn
        ?" -> "\\\""
        ?\\ -> "\\\\"
        c when c < 0x20 -> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
        c -> <<c::utf8>>
      end)
    "\"" <> Enum.join(body) <> "\""
  end
end

cases = [
  # numbers
  "0", "-1", "123456789", "12345678901234567890123", "-98765432109876543210",
  "1.0", "0.1", "-0.0", "0.0", "3.14", "1.0e16", "1.0e15", "123456.0", "1.0e-5", "0.0001", "1.2e-4",
  "1.0e100", "2.5e-10", "1.0e3 * 1.5", "9007199254740992.0", "4503599627370496.0", "1.7976931348623157e308",
  "5.0e-324", "0.30000000000000004", "100.0", "1000.5", "-123.456", "1/3", "2/3 * 1.0e20",
  # atoms
  ":ok", "nil", "true", "false", ":\"a b\"", "Foo.Bar", ":\"Elixir\"", ":\"Elixir.foo\"", ":+", ":-", ":\"::\"",
  ":foo?", ":foo!", ":\"1a\"", ":_", ":héllo", ":@", ":&&", ":|>", ":...", ":..", ":\"//\"", ":%", ":%{}",
  ":{}", ":<<>>", ":^", ":=", ":\\\\", ":\"=>\"", ":->", ":<-", ":when", ":not", ":\"Foo.bar\"", ":Foo",
  ":\"foo-bar\"", ":\"\"", ":\"with\\\"quote\"", ":ok?", ":a@b", ":\"Elixir.Foo.Bar\"", ":erlang", ":!", ":!=", ":!==",
  ":\"?\"", ":\"a\\nb\"", ":fooBar", ":_foo", ":__MODULE__", ":\"ünïcode\"",
  # strings and binaries
  "\"\"", "\"abc\"", "\"a\\nb\\tc\"", "\"\\e[0m\"", "\"quote\\\"d\"", "\"back\\\\slash\"", "\"\\\#{x}\"", "\"é日本\"",
  "<<1, 2, 3>>", "<<0>>", "<<255, 254>>", "\"abc\" <> <<0>>", "\"\\a\\b\\f\\v\\r\\d\"", "<<128>>",
  "\"\\u00a0x\"", "\"\\u200b\"", "\"\\u{1F600}\"", "String.duplicate(\"a\", 100)", "\"a\\x01b\"",
  # charlists and lists
  "[]", "'abc'", "'a\\nb'", "[7, 8, 9]", "[1, 2, 3]", "'it\\'s'", "[?a, 0]", "[255]", "[?é]", "'\\e'",
  "[1 | 2]", "[1, 2 | 3]", "[:a | :b]", "[[1, 2], [3]]", "Enum.to_list(1..60)", "Enum.to_list(1..50)",
  "Enum.to_list(1..49)", "Enum.to_list(1..100) |> Enum.map(&{&1, &1})",
  "[a: 1, b: 2]", "[a: 1, \"b c\": 2]", "[{:a, 1}, {\"b\", 2}]", "[{:a, 1} | :x]", "[nil: 1, true: 2, when: 3]",
  "[{:\"::\", 4}, {:&&, 4}, {:+, 1}]", "[{:Foo, 1}, {:foo?, 2}]", "[{Foo, 1}]", "[a: [b: [c: 1]]]",
  "Enum.map(1..30, &{:\"k\#{&1}\", &1})", "Enum.map(1..30, &{:key, String.duplicate(\"x\", &1)})",
  "Enum.map(1..20, &[&1, &1 * 2])", "Enum.map(1..40, &Integer.to_string/1)", "List.duplicate(:abcdefghij, 20)",
  "[{1, 2} | 3]", "[1, [2, [3, [4, [5, [6]]]]]]",
  # tuples
  "{}", "{1}", "{1, 2}", "{:ok, \"x\"}", "{:error, {:badarg, [1, 2]}}", "Enum.to_list(1..30) |> List.to_tuple()",
  "{String.duplicate(\"a\", 50), String.duplicate(\"b\", 50)}", "Enum.map(1..60, & &1) |> List.to_tuple()",
  "{:a, [b: 1], %{c: 2}}", "{Enum.to_list(1..30), Enum.to_list(1..30)}",
  # maps
  "%{}", "%{a: 1}", "%{a: 1, b: 2}", "%{\"a\" => 1}", "%{1 => 2, :a => 3}", "%{:a => 1, \"b\" => 2}",
  "%{2 => :a, 1.0 => :b, 1 => :c}", "%{\"a b\": 1, c: 2}", "%{nil => 1, true => 2}", "%{Foo => 1}",
  "%{[1] => 2, {1} => 3}", "Map.new(1..32, &{&1, &1})", "Map.new(1..20, &{:\"key\#{&1}\", String.duplicate(\"v\", &1)})",
  "%{a: %{b: %{c: %{d: 1}}}}", "%{list: Enum.to_list(1..40), tuple: {1, 2}}", "Map.new(1..10, &{&1, {&1, [&1]}})",
  "%{__struct__: Bar, a: 1}",
  # structs
  "%Golden.Point{x: 1, y: 2}", "%Golden.Point{x: Enum.to_list(1..40), y: String.duplicate(\"z\", 60)}",
  "1..10", "1..10//2", "10..1//-1", "-5..-1", "0..0", "MapSet.new([1, 2, 3])", "MapSet.new()",
  "MapSet.new([:a, \"b\", {1}])", "MapSet.new(1..40)",
  "%RuntimeError{message: \"boom\"}", "%ArgumentError{}", "%KeyError{key: :a, term: %{}}",
  "[%Golden.Point{}, %Golden.Point{x: 5}]", "%{point: %Golden.Point{}}",
  "{:ok, %Golden.Point{x: {1, 2}, y: [a: 1]}}",
  # mixed, long and nested
  "Enum.map(1..8, fn i -> %{id: i, name: \"name \#{i}\", tags: [:a, :b]} end)",
  "Enum.map(1..5, fn i -> {i, Enum.to_list(1..i)} end)",
  "[String.duplicate(\"x\", 90)]", "{String.duplicate(\"x\", 90)}", "%{key: String.duplicate(\"x\", 90)}",
  "[String.duplicate(\"x\", 76), 1]", "[String.duplicate(\"x\", 77), 1]", "[String.duplicate(\"x\", 78), 1]",
  "{String.duplicate(\"x\", 75), 12}", "{String.duplicate(\"x\", 76), 12}", "{String.duplicate(\"x\", 77), 12}",
  "[{String.duplicate(\"x\", 74), 1}, 2]", "[{String.duplicate(\"x\", 75), 1}, 2]", "[{String.duplicate(\"x\", 76), 1}, 2]",
  "[a: String.duplicate(\"x\", 72), b: 1]", "[a: String.duplicate(\"x\", 73), b: 1]",
  "Enum.map(1..3, fn _ -> Enum.to_list(1..30) end)", "[[[[[[[[[[Enum.to_list(1..30)]]]]]]]]]]",
  "%{a: [b: %{c: Enum.to_list(1..25)}], d: {Enum.to_list(1..25), \"some string here\"}}",
  "Enum.map(1..12, &{&1, :\"atom_\#{&1}\", \"str\#{&1}\"})",
  "[\"é\" |> String.duplicate(40), 1]", "Enum.map(1..20, fn i -> String.duplicate(\"é\", i) end)",
  "Enum.map(1..3, fn i -> Enum.map(1..3, fn j -> {i, j, String.duplicate(\"w\", 12)} end) end)",
  "{:reply, {:ok, Enum.to_list(1..40)}, %{count: 1, history: Enum.to_list(1..10)}}",
]

opt_cases = [
  {"Enum.to_list(1..10)", "limit: 3"}, {"[a: 1, b: 2, c: 3]", "limit: 2"}, {"%{a: 1, b: 2, c: 3}", "limit: 1"},
  {"{1, 2, 3, 4}", "limit: 2"}, {"<<1, 2, 3, 4, 5>>", "limit: 3"}, {"[[1, 2, 3], [4, 5, 6]]", "limit: 4"},
  {"Enum.to_list(1..100)", "limit: :infinity"}, {"'abc'", "charlists: :as_lists"}, {"[1, 2]", "charlists: :as_charlists"},
  {"255", "base: :hex"}, {"-255", "base: :hex"}, {"5", "base: :binary"}, {"8", "base: :octal"}, {"[10, 11]", "base: :hex"},
  {"\"abc\"", "binaries: :as_binaries"}, {"<<1, 2>>", "binaries: :as_strings"}, {"\"é\"", "binaries: :as_binaries"},
  {"%Golden.Point{}", "structs: false"}, {"1..3", "structs: false"}, {"Enum.to_list(1..30)", "width: 20"},
  {"[a: 1, b: 2]", "width: 5"}, {"%{a: 1, b: 2}", "width: 5"}, {"{:aaa, :bbb, :ccc}", "width: 10"},
  {"MapSet.new([1, 2])", "limit: 1"}, {"\"abc\"", "printable_limit: 2"}, {"'abcdef'", "printable_limit: 3"},
  {"%Golden.Point{x: 1}", "limit: 1"},
]

{:ok, _} = Application.ensure_all_started(:elixir)

records =
  Enum.map(cases, &{&1, ""}) ++ opt_cases
  |> Enum.map(fn {expr, opts_src} ->
    {term, _} = Code.eval_string(expr)
    {opts, _} = Code.eval_string("[" <> opts_src <> "]")
    plain = inspect(term, opts)
    pretty = inspect(term, [pretty: true] ++ opts)
    ~s({"expr":#{Golden.Enc.str(expr)},"opts":#{Golden.Enc.str(opts_src)},"term":#{Golden.Enc.enc(term)},"inspect":#{Golden.Enc.str(plain)},"pretty":#{Golden.Enc.str(pretty)}})
  end)

structs = ~s({"Elixir.Golden.Point":["y","x","label"],"Elixir.Range":["first","last","step"],"Elixir.MapSet":["map","version"],"Elixir.RuntimeError":["message"],"Elixir.ArgumentError":["message"],"Elixir.KeyError":["key","term","message"]})
File.write!(Path.join(__DIR__, "../test/vm/goldens/inspect.json"), ~s({"structs":#{structs},"cases":[\n) <> Enum.join(records, ",\n") <> "\n]}\n")
IO.puts("wrote #{length(records)} cases")
