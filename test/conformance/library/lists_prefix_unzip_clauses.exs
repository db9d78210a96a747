# :lists.prefix/2 and :lists.unzip/1 walk their lists as lists.erl's clauses: prefix of a list
# with an improper or non-list part fails prefix/2 with the rest of both (lists.erl:220), unzip of
# a term that is no pair fails unzip/3 with the rest and the accumulators so far (lists.erl:434)
calls = [
  {"prefix ok", fn -> {:lists.prefix([1, 2], [1, 2, 3]), :lists.prefix([], [1]), :lists.prefix([1, 3], [1, 2]), :lists.prefix([1.0], [1]), :lists.prefix([1, 2], [1])} end},
  {"prefix improper suffix", fn -> :lists.prefix([], [1 | 2]) end},
  {"prefix(1, 2)", fn -> :lists.prefix(1, 2) end},
  {"prefix([1 | 2], [1 | 2])", fn -> :lists.prefix([1 | 2], [1 | 2]) end},
  {"prefix([1], :a)", fn -> :lists.prefix([1], :a) end},
  {"prefix([], :a)", fn -> :lists.prefix([], :a) end},
  {"unzip ok", fn -> :lists.unzip([{1, :a}, {2, :b}]) end},
  {"unzip([1])", fn -> :lists.unzip([1]) end},
  {"unzip([{1, 2}, {3}])", fn -> :lists.unzip([{1, 2}, {3}]) end},
  {"unzip([{1, 2} | :t])", fn -> :lists.unzip([{1, 2} | :t]) end},
  {"unzip(:a)", fn -> :lists.unzip(:a) end}
]

for {label, f} <- calls do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts(label <> ": " <> Exception.format_banner(:error, e, __STACKTRACE__))
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end
