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

  def disjoint?(%Range{} = range1, %Range{} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {first1, last1, step1} = normalize(range1)
      {first2, last2, step2} = normalize(range2)

      cond do
        last2 < first1 or last1 < first2 ->
          true

        step1 == 1 and step2 == 1 ->
          false

        true ->
          # brute force over the overlapping window (ranges in scripts are small)
          lo = max(first1, first2)
          hi = min(last1, last2)
          not overlap?(lo, hi, first1, step1, first2, step2)
      end
    end
  end

  defp overlap?(x, hi, _f1, _s1, _f2, _s2) when x > hi, do: false

  defp overlap?(x, hi, f1, s1, f2, s2) do
    if rem(x - f1, s1) == 0 and rem(x - f2, s2) == 0, do: true, else: overlap?(x + 1, hi, f1, s1, f2, s2)
  end

  # ascending form: {first, last, positive step}, last aligned on the step
  defp normalize(%Range{first: first, last: last, step: step}) when step < 0 do
    n = div(first - last, -step)
    {first + n * step, first, -step}
  end

  defp normalize(%Range{first: first, last: last, step: step}) do
    n = div(last - first, step)
    {first, first + n * step, step}
  end

  # deprecated in Elixir 1.14
  @doc false
  def range?(term)
  def range?(first..last//step) when is_integer(first) and is_integer(last) and is_integer(step), do: true
  def range?(_), do: false

end
