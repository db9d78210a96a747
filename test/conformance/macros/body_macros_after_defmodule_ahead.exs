defmodule M do
  defmacro m(x) do
    IO.puts("expanding m #{inspect(x)}")
    quote do: def unquote(:"f#{x}")(), do: unquote(x)
  end
end
defmodule U do
  defmacro __using__(opts) do
    IO.puts("using #{inspect(opts)}")
    quote do
      def used, do: :ok
    end
  end
end
defmodule A do
  require M
  use U, a: 1
  M.m(1)
  IO.puts("body")
  M.m(2)
  if true do
    M.m(3)
  end
  defmodule Inner do
    require M
    M.m(4)
  end
  M.m(5)
end
IO.inspect({A.f1(), A.f2(), A.f5(), A.Inner.f4()})
