# The built-in types' Inspect implementations and Inspect.Algebra.to_doc/2 and color/3 refuse
# options that are no %Inspect.Opts{} where Elixir 1.14's do: in their heads (Integer, to_doc/2,
# color/3), in a match of the options (a binary, a non-empty list) or through color/3 and to_doc/2
# from the implementation (an atom, a float, [], a tuple, a bitstring, a range)
bad = [
  {"integer", fn -> Inspect.inspect(1, 1) end},
  {"atom", fn -> Inspect.inspect(:a, 1) end},
  {"binary", fn -> Inspect.inspect("a", 1) end},
  {"bitstring", fn -> Inspect.inspect(<<1::1>>, 1) end},
  {"float", fn -> Inspect.inspect(1.5, []) end},
  {"empty list", fn -> Inspect.inspect([], 1) end},
  {"list", fn -> Inspect.inspect([1], %{}) end},
  {"tuple", fn -> Inspect.inspect({1}, 1) end},
  {"range", fn -> Inspect.inspect(1..2, 1) end},
  {"to_doc", fn -> Inspect.Algebra.to_doc(%{a: 1}, limit: 1) end},
  {"color", fn -> Inspect.Algebra.color("x", :atom, nil) end}
]

for {label, f} <- bad do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end

opts = %Inspect.Opts{syntax_colors: [atom: :red, number: :blue]}
for term <- [1, :a, "a", <<1::1>>, 1.5, [], [1], {1}, 1..2] do
  IO.inspect(Inspect.Algebra.format(Inspect.inspect(term, opts), 80) |> IO.iodata_to_binary())
end
