# @file names the file of the next definition only: the undefined calls it makes warn there
# (one call in two places of two files lists both), the others at the script's lines
defmodule AtFile do
  @file "other/place.ex"
  def f(x) do
    Foo.Missing.go(x)
    String.no_such(x)
  end

  def g, do: Nope.call()

  @file "third.ex"
  def h(x), do: String.no_such(x)

  def i(x), do: Foo.Missing.go(x)
end
