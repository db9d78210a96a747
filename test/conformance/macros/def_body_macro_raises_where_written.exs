# A macro that raises in a def's body stops the module body there, as Elixir expands the def
# where it is written: the body's code after the def does not run (beamlet ran it all, then
# expanded the defs)
defmodule Mac do
  defmacro ok(x) do
    IO.puts("expanding ok #{x}")
    x
  end

  defmacro boom(x), do: raise(ArgumentError, "boom #{x}")
end

defmodule User do
  require Mac
  IO.puts("one")
  def f, do: Mac.ok(1)
  IO.puts("two")
  def g, do: Mac.boom(2)
  IO.puts("three")
  def h, do: Mac.ok(3)
end
