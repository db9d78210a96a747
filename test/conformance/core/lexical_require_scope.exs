# require holds to the end of its scope: a remote macro called outside it is a function call
defmodule M do
  def a do
    require Integer
    Integer.is_odd(1)
  end
  def reqs, do: __ENV__.requires
  def b, do: Integer.is_even(2)
end
IO.inspect(M.a())
IO.inspect(M.reqs())
IO.inspect(M.b())
