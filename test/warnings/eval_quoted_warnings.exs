Code.eval_quoted(quote do
  f = fn x -> 1 end
  case 1 do
    y -> :ok
  end
  z = 3
end)
Code.eval_quoted(Code.string_to_quoted!("""
defmodule EvQ do
  def a(x), do: 1
  def b, do: Nope.f()
  def c, do: String.nope()
end
"""))
Code.eval_string("""
defmodule EvS do
  def a(x), do: 1
end
""")
Code.eval_quoted(quote do: %{a: 1, a: 2})
defmodule G do
  def f(x, y) when is_integer(x) and x > 0 and is_atom(y), do: :ok
  def f(%{a: a}, [h | _]) when a == h, do: :map
end
Code.eval_quoted(quote do
  defmodule EvQ3 do
    def a(x), do: 1
    def b(unquote(Macro.var(:v, nil))), do: 2
  end
end)
Code.eval_quoted(quote(do: fn v -> 1 end))
Code.eval_quoted({:fn, [line: 3], [{:->, [line: 3], [[{:w, [line: 3], nil}], 1]}]})
try do
  G.f(-1, "s")
rescue e -> IO.puts Exception.format(:error, e, __STACKTRACE__)
end
G.f(%{a: 1}, [2])
