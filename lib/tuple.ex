defmodule Tuple do
  @moduledoc "The language half of Tuple; the first-order functions are BIFs."

  # as Elixir's: a non-tuple fails in :erlang.tuple_size/1, a non-number in :erlang.+/2 (or */2)
  # with the element on the left, under sum/2 (product/2)
  @beamlet_frame_line 145
  def sum(tuple), do: sum(tuple, tuple_size(tuple))

  # (Elixir's lines: a frame of sum/2 or product/2 names them)
  @beamlet_frame_line 148
  defp sum(_tuple, 0), do: 0
  @beamlet_frame_line 148
  defp sum(tuple, index), do: :erlang.element(index, tuple) + sum(tuple, index - 1)

  @beamlet_frame_line 164
  def product(tuple), do: product(tuple, tuple_size(tuple))

  @beamlet_frame_line 167
  defp product(_tuple, 0), do: 1
  @beamlet_frame_line 167
  defp product(tuple, index), do: :erlang.element(index, tuple) * product(tuple, index - 1)
end
