defmodule U do
  def a, do: Nope.module_info(:exports)
  def b, do: Nope.module_info()
  def c, do: Nope.__impl__(:for)
  def d, do: Nope.other()
  def e, do: Enum.module_info(:md5) |> byte_size()
  def f, do: Enum.__impl__(:for)
  def g, do: String.module_info(1, 2)
end
IO.inspect U.e()
