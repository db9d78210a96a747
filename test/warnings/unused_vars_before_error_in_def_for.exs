# a for's variable in an earlier case clause of a def is told before the guard error of the next
defmodule M1 do
  @spec f0() :: integer()
  def f0(b, y) do
    case [:ok, :ok] do
      b -> for item <- [1, 2], do: b
      acc when is_integer(n) -> item = "s"
    end
  end

  defp f1(y) do
    item = fn x -> apply(1) end
  end
end
IO.puts(:done)
