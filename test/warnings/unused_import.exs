defmodule M do
  import List
  import Integer, only: [is_even: 1]
  import String, only: [upcase: 1]
  def f, do: upcase("a")
end
IO.inspect(M.f())
