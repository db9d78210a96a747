# module_info(:functions) and (:exports) list a module's functions in OTP's order: __info__/1,
# the written functions and macros sorted by Elixir name and arity, behaviour_info/1,
# module_info/0,1, then the lifted funs (later functions' first) and inlined helpers. :exports
# walks the export table: exports this script calls (made when the script was loaded, before the
# module) come last, in reverse order of first call.
defmodule Order do
  @callback cb() :: any
  def zz(x), do: x
  defmacro b(x), do: x
  def b, do: 1
  def a?(a, b), do: {a, b}
  def a(y), do: Enum.map([y], fn x -> x + y end)
  defp hh, do: fn -> fn z -> z end end
  def c!, do: hh()
  defmacrop mm, do: 1
  def aa, do: mm()
  def _u, do: 0
  def unquote(:Zed)(), do: 0
  def g(x) when x > 1, do: for(i <- [x], i > 0, into: %{}, do: {i, x})
  def d(x, y \\ 1), do: {x, y, &loc/1, &(&1 + 1)}
  defp loc(x), do: x
end

defmodule Called do
  def a, do: 1
  def b, do: 2
  def c, do: 3
  def d, do: 4
end

defmodule WithStruct do
  defstruct a: 1
  def f, do: fn -> 1 end
end

defmodule :plain_name do
  def x, do: 1
end

IO.inspect(Order.module_info(:functions), limit: :infinity)
IO.inspect(Order.module_info(:exports), limit: :infinity)
IO.inspect(Called.d())
IO.inspect(Called.module_info(:exports))
IO.inspect(Called.b())
IO.inspect(WithStruct.module_info(:functions))
IO.inspect(WithStruct.module_info(:exports))
IO.inspect(:plain_name.module_info(:exports))
[{Fresh, _}] = Code.compile_string("defmodule Fresh do\n def x, do: 1\n def y, do: 2\nend")
IO.inspect(Fresh.module_info(:exports))
IO.inspect(Fresh.module_info(:functions))
apply(Fresh, :x, [])
