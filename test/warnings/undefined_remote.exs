defmodule D do
  alias String, as: S
  def a, do: Enum.mapp([], 1)
  def b, do: Nope.x(1)
  def c, do: S.upcasee("a")
  def d, do: Enum.map([1])
  def e, do: :lists.revers([])
  def f, do: E.g()
  def g, do: Enum.zzzzzz()
  def h, do: String.lenght("a")
  def i, do: Enum.count()
end
defmodule E do
  def g, do: D.z()
end
