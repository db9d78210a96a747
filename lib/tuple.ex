defmodule Tuple do
  @moduledoc "The language half of Tuple; the first-order functions are BIFs."

  def sum(tuple) when is_tuple(tuple), do: sum_loop(tuple, tuple_size(tuple), 0)

  defp sum_loop(_tuple, 0, acc), do: acc
  defp sum_loop(tuple, i, acc), do: sum_loop(tuple, i - 1, acc + elem(tuple, i - 1))

  def product(tuple) when is_tuple(tuple), do: product_loop(tuple, tuple_size(tuple), 1)

  defp product_loop(_tuple, 0, acc), do: acc
  defp product_loop(tuple, i, acc), do: product_loop(tuple, i - 1, acc * elem(tuple, i - 1))
end
