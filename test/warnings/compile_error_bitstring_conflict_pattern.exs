defmodule A do
  def f(<<"a"::utf16-integer>>), do: 1
end
