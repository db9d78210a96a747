defmodule M do
  @r 1..3
  @d ~D[2020-01-02]
  @u String.upcase("x")
  @m %{a: [1, 2]}
  @list Enum.map(1..3, &(&1 * 2))
  IO.inspect(Module.get_attribute(__MODULE__, :r))
  IO.inspect(Module.get_attribute(__MODULE__, :d))
  IO.inspect(Module.get_attribute(__MODULE__, :u))
  IO.inspect(Module.get_attribute(__MODULE__, :m))
  IO.inspect(Module.get_attribute(__MODULE__, :list))
  IO.inspect(@list)
  IO.inspect(@d)
  def r, do: @r
  Module.put_attribute(__MODULE__, :z, {1, 2})
  IO.inspect(Module.has_attribute?(__MODULE__, :u))
end
IO.inspect(M.r())
defmodule M5 do
  @t :erlang.unique_integer([:positive])
  @re ~r/a+b/
  @f &String.upcase/1
  @now System.monotonic_time()
  def a, do: @t
  def b, do: @t
  def re, do: @re
  def f, do: @f
  def now, do: @now
end
IO.inspect(M5.a() == M5.b())
IO.inspect(M5.now() == M5.now())
IO.inspect(Regex.match?(M5.re(), "aab"))
IO.inspect(M5.f().("x"))
