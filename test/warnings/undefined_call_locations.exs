# A module calling one undefined or deprecated function in several places gets one warning that
# lists them all ("Invalid call found at N locations:"), as Elixir's checker groups them
defmodule P do
  def abc(x), do: x
end

defmodule Q do
  def b, do: P.abc()
  def c, do: P.abc()
  def d, do: P.abd(1)
  def e(x), do: {P.abd(x), P.abd(x + 1)}
  def f, do: :lists.nope(1)
  def g, do: :lists.nope(1)
  def h, do: String.to_char_list("a")
  def i, do: String.to_char_list("a")
  def j, do: Foo.x()
  def k, do: Foo.x()
  def l, do: P.once()
end

defmodule R do
  def b, do: P.abd(1)
end
