# is_nil/1, <>/2, is_struct/1,2, is_exception/1,2 are Kernel macros in Elixir 1.14: no function of
# that name is exported, and Macro.expand shows their expansions outside guards
IO.inspect {:is_nil, 1} in Kernel.__info__(:functions)
IO.inspect {:is_nil, 1} in Kernel.__info__(:macros)
IO.inspect {:<>, 2} in Kernel.__info__(:functions)
IO.inspect {:is_struct, 2} in Kernel.__info__(:functions)
IO.inspect {:is_exception, 1} in Kernel.__info__(:functions)
IO.inspect for f <- [is_nil: 1, "<>": 2, is_struct: 1, is_struct: 2, is_exception: 1, is_exception: 2], do: {f, function_exported?(Kernel, elem(f, 0), elem(f, 1))}
f = &Kernel.is_nil/1
IO.inspect f.(nil)
g = &<>/2
IO.inspect g.("a", "b")
IO.inspect Kernel.is_struct(%URI{}, URI)
IO.inspect Macro.to_string(Macro.expand(quote(do: is_struct(x, URI)), __ENV__))
IO.inspect Macro.to_string(Macro.expand(quote(do: is_exception(x)), __ENV__))
IO.inspect Macro.to_string(Macro.expand(quote(do: is_exception(x, ArgumentError)), __ENV__))
IO.inspect :erlang.function_exported(Kernel, :is_nil, 1)
IO.inspect Macro.expand_once(quote(do: is_struct(x, URI)), __ENV__) |> Macro.to_string()
defmodule UsesThem do
  def f(x) when is_nil(x) or is_struct(x, URI), do: :guard
  def f("pre" <> rest), do: rest
  def f(x), do: {is_nil(x), is_struct(x), is_struct(x, Range), is_exception(x), is_exception(x, ArgumentError), "a" <> "b"}
end
IO.inspect {UsesThem.f(nil), UsesThem.f(%URI{}), UsesThem.f("prefix"), UsesThem.f(1..2), UsesThem.f(%ArgumentError{})}
IO.inspect Enum.map([nil, 1], &is_nil/1)
