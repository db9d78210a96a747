defmodule M do
  def same(x, y) do
    case y do
      ^x -> :same
      _ -> :different
    end
  end
  def dup({a, a}), do: :dup
  def dup(_), do: :no
end
IO.inspect({M.same(1, 1), M.dup({2, 2})})
