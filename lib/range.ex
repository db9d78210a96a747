defmodule Range do
  @moduledoc "Ranges represent a sequence of zero, one or many, ascending or descending integers with a common difference called step."

  @enforce_keys [:first, :last, :step]
  defstruct first: nil, last: nil, step: nil

  def new(first, last) when is_integer(first) and is_integer(last) do
    step = if first <= last, do: 1, else: -1
    %Range{first: first, last: last, step: step}
  end

  def new(first, last) do
    __at_line__(193, raise(ArgumentError,
          "ranges (first..last) expect both sides to be integers, got: " <> inspect(first) <> ".." <> inspect(last)))
  end

  def new(first, last, step) when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %Range{first: first, last: last, step: step}
  end

  def new(first, last, step) do
    __at_line__(215, raise(ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: " <>
            inspect(first) <> ".." <> inspect(last) <> "//" <> inspect(step)))
  end

  def size(%Range{first: first, last: last, step: step}) do
    cond do
      step > 0 and first > last -> 0
      step < 0 and first < last -> 0
      true -> abs(div(last - first, step)) + 1
    end
  end

  def shift(%Range{first: first, last: last, step: step}, steps_to_shift) when is_integer(steps_to_shift) do
    %Range{first: first + steps_to_shift * step, last: last + steps_to_shift * step, step: step}
  end

  # Elixir 1.14 behaviour, reproduced as observed (including its false
  # positives such as disjoint?(2..6//2, 4..5) == true): both ranges are
  # flipped to ascending order WITHOUT aligning the new first element on the
  # step, then the first common term of the two progressions is estimated
  # with an extended gcd and float-rounded bounds, and only checked against
  # the upper ends.
  def disjoint?(%Range{} = range1, %Range{} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {lo1, hi1, s1} = ascending(range1)
      {lo2, hi2, s2} = ascending(range2)

      cond do
        hi2 < lo1 or hi1 < lo2 -> true
        abs(s1) == 1 and abs(s2) == 1 -> false
        true -> not progressions_meet?(lo1, hi1, s1, lo2, hi2, s2)
      end
    end
  end

  defp progressions_meet?(lo1, hi1, s1, lo2, hi2, s2) do
    {g, u, v} = Integer.extended_gcd(-s1, s2)
    c = lo1 - lo2 + s2 - s1
    k = max(floor(-c / s1 * u) + 1, floor(-c / s2 * v) + 1)
    i = div(c * u + k * s2, g) - 1
    j = div(c * v + k * s1, g) - 1
    i >= 0 and lo1 + i * s1 <= hi1 and j >= 0 and lo2 + j * s2 <= hi2
  end

  defp ascending(%Range{first: first, last: last, step: step}) when first > last, do: {last, first, -step}
  defp ascending(%Range{first: first, last: last, step: step}), do: {first, last, step}

  # deprecated in Elixir 1.14
  @doc false
  def range?(term)
  def range?(first..last//step) when is_integer(first) and is_integer(last) and is_integer(step), do: true
  def range?(_), do: false

end
