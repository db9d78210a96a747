# a Kernel function Elixir inlines as an Erlang BIF is refused the same way
defmodule A do
  def f(t) do
    case t do
      _ -> elem t, 0 do y -> y end
    end
  end
end
