# __CALLER__ in a macro and __ENV__ see the directives of the scope they are in
defmodule Mac do
  defmacro env do
    aliases = __CALLER__.aliases
    funcs = __CALLER__.functions |> Enum.reject(fn {m, _} -> m == Kernel end)
    reqs = __CALLER__.requires
    Macro.escape({aliases, funcs, reqs})
  end
end
defmodule M do
  require Mac
  def a, do: Mac.env()
  alias Foo.Bar
  def b do
    alias X.Y
    import List, only: [first: 1]
    inner = case 1 do
      _ ->
        alias P.Q
        require Integer
        Mac.env()
    end
    {inner, Mac.env()}
  end
  def c, do: (fn -> alias Fn.Z; Mac.env() end).()
  def d, do: Mac.env()
end
IO.inspect(M.a())
IO.inspect(M.b())
IO.inspect(M.c())
IO.inspect(M.d())
