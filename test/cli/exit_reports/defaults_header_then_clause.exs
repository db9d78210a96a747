defmodule Paginator do
  def page(list, size \\ 10)

  def page([], _size), do: []
  defp chunk(list, size \\ 5), do: Enum.chunk_every(list, size)
  defp chunk(list, size \\ 5) when size > 0, do: Enum.take(list, size)
  def page(list, size), do: chunk(list, size)
end
