# to_string/1, to_charlist/1, then/2 and tap/2 are macros of Kernel in Elixir 1.14, not functions:
# function_exported?/3 and apply/3 see no such function, a capture is a fn expanding the macro,
# and to_string/1 expands to String.Chars.to_string/1
defmodule T do
  def a(x), do: to_string(x)
  def b(x), do: Kernel.to_string(x)
  def c(x), do: then(x, &(&1 + 1))
  def d(x), do: Kernel.then(x, &(&1 + 1))
  def e(x), do: Kernel.tap(x, &IO.inspect/1)
  def f(x), do: to_charlist(x)
  def g(x), do: Kernel.to_charlist(x)
  def h, do: &to_string/1
  def i, do: &Kernel.tap/2
  def j, do: &is_nil/1
end

IO.inspect {T.a(1), T.b(:a), T.c(1), T.d(2), T.e(3), T.f(:x), T.g(12)}
IO.inspect T.h().(4)
IO.inspect T.i().(5, &IO.inspect/1)
IO.inspect T.j().(nil)
IO.inspect Function.info(T.h(), :type)
IO.inspect Function.info(T.h(), :module)
IO.inspect Function.info(T.i(), :arity)
IO.inspect Enum.map([1, 2], &to_string/1)
IO.inspect Enum.map([1, 2], &Kernel.to_charlist/1)
IO.inspect function_exported?(Kernel, :to_string, 1)
IO.inspect function_exported?(Kernel, :then, 2)
IO.inspect function_exported?(Kernel, :tap, 2)
IO.inspect function_exported?(Kernel, :to_charlist, 1)
IO.inspect macro_exported?(Kernel, :to_string, 1)
IO.inspect macro_exported?(Kernel, :tap, 2)
IO.inspect (try do apply(Kernel, :to_string, [1]) rescue e -> e end)
IO.inspect (try do apply(Kernel, :then, [1, & &1]) rescue e -> e end)
IO.inspect (try do apply(Kernel, :to_charlist, [1]) rescue e -> e end)
IO.inspect Macro.expand(quote(do: to_string(x)), __ENV__)
IO.puts Macro.to_string(Macro.expand(quote(do: then(x, &(&1 + 1))), __ENV__))
IO.inspect URI.encode_query(a: 1, b: :c)
IO.inspect Version.parse!("1.2.3-rc.1") |> to_string()
IO.inspect "#{1}-#{:a}-#{[?a]}"
IO.inspect 5 |> then(&(&1 * 2)) |> tap(&IO.inspect(&1, label: "tapped"))
