# Chains of guards (`when` is right-associative: `f(x) when a when b` is when(f(x), when(a, b))):
# once a head breaks, Elixir 1.14's formatter puts every `when guard` of the chain on a line of its
# own, in def/defp do-blocks, `do:` keywords, bodiless defguards and case clauses; a chain that fits
# stays on the head's line. Also through Macro.to_string.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("def f(x) when is_atom(x) when is_integer(x), do: x")
t.("def g(x) when is_atom(x) when is_integer(x) do\n  x\nend")
t.("def stream(device, line_or_codepoints) when line_or_codepoints == :line when is_integer(line_or_codepoints) and line_or_codepoints > 0 do\n  :ok\nend")
t.("def stream(device, line_or_codepoints) when line_or_codepoints == :line when is_integer(line_or_codepoints) and line_or_codepoints > 0, do: :ok")
t.("defp notify(manager, msg) when is_pid(manager) when is_atom(manager) when tuple_size(manager) == 2 and is_atom(elem(manager, 0)) and is_atom(elem(manager, 1)) and is_atom(elem(manager, 1)) do\n  :ok\nend")
t.("defguard is_thing(manager) when is_pid(manager) when is_atom(manager) when tuple_size(manager) == 2 and is_atom(elem(manager, 0))")
t.("def h(x)\n    when is_atom(x) when is_integer(x) do\n  x\nend")
t.("case 1 do\n  x when is_atom(x) when is_integer(x) when is_integer(x) when is_integer(x) when is_integer(x) when is_integer(x) -> 1\nend")
t.("case 1 do\n  x when is_atom(x) when is_integer(x) -> 1\nend")

q = quote do
  defguard is_thing(manager) when is_pid(manager) when is_atom(manager) when tuple_size(manager) == 2 and is_atom(elem(manager, 0))
end
IO.puts(Macro.to_string(q))
q = quote do
  def stream(device, line_or_codepoints) when line_or_codepoints == :line when is_integer(line_or_codepoints) and line_or_codepoints > 0 do
    :ok
  end
end
IO.puts(Macro.to_string(q))
