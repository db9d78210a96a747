# A module body's expressions before a definition are not its last: an attribute read, a variable
# or a literal there has no effect (Elixir warns of each), even when nothing but definitions and
# sets follow.
defmodule A do
  @foo
  def f, do: @bar
end

defmodule B do
  @one
  @two 1
  def f, do: @two
  @three
  def g, do: 2
end

defmodule C do
  y = 2
  y
  def h, do: 3
  :an_atom
  4
  def i, do: 4
  @moduledoc
end

IO.puts "#{A.f() |> inspect()} #{B.f()} #{C.h()}"
