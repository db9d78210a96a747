# A struct's Inspect implementation that raises does not crash inspect: as Inspect.Algebra.to_doc/2
# does, the struct prints as #Inspect.Error<...> naming the exception, its message, the struct as
# a map and the stack trace (up to the implementation, then to_doc/2 and the inspect call);
# with safe: false the Inspect.Error is raised
Code.eval_string("""
defmodule P do
  defstruct [:a]
end
defimpl Inspect, for: P do
  def inspect(%{a: a}, _), do: "#P<" <> Integer.to_string(a) <> ">"
end
defmodule Q do
  defstruct [:b, c: 1]
end
defimpl Inspect, for: Q do
  def inspect(%{b: _}, _), do: raise("bad\\nthing\\n\\nmore")
end
""")
IO.inspect struct(P, a: :x)
IO.inspect struct(P, a: 5)
IO.puts inspect(struct(Q, b: 2))
IO.inspect struct(Q, b: %{deep: [1, 2, 3]}), label: "lbl"
try do
  inspect(struct(Q, b: 2), safe: false)
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e) |> String.split("\n") |> Enum.take(8)})
end
e = Inspect.Error.exception(exception: %RuntimeError{message: "m\n"}, stacktrace: [], inspected_struct: "%{\n  a: 1\n}")
IO.inspect(Exception.message(e))
IO.inspect({e.exception_module, e.exception_message, Inspect.Error.pad("a\n\nb\n", 2)})
