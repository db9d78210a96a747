defprotocol Enumerable do
  @moduledoc """
  Enumerable protocol used by Enum and Stream.

  reduce/3 follows Elixir's protocol: the accumulator is tagged {:cont, acc}, {:halt, acc} or
  {:suspend, acc}, and the result is {:done, acc}, {:halted, acc} or {:suspended, acc, continuation}.
  """

  @doc "Reduces the enumerable into an element."
  @beamlet_frame_line 166
  def reduce(enumerable, acc, fun)

  @doc "Retrieves the number of elements in the enumerable: {:ok, count} or {:error, module}."
  @beamlet_frame_line 178
  def count(enumerable)

  @doc "Checks if an element exists within the enumerable: {:ok, boolean} or {:error, module}."
  @beamlet_frame_line 194
  def member?(enumerable, element)

  @doc "Returns a function that slices the data structure contiguously: {:ok, size, fun} or {:error, module}."
  @beamlet_frame_line 230
  def slice(enumerable)
end

defimpl Enumerable, for: List do
  def count([]), do: {:ok, 0}
  def count(list), do: {:ok, length(list)}

  def member?(_list, _value), do: {:error, __MODULE__}
  def slice(_list), do: {:error, __MODULE__}

  @beamlet_def_line 4748
  def reduce(_list, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(list, {:suspend, acc}, fun), do: {:suspended, acc, fn a -> reduce(list, a, fun) end}
  def reduce([], {:cont, acc}, _fun), do: {:done, acc}
  @beamlet_frame_line 4751
  def reduce([head | tail], {:cont, acc}, fun), do: reduce(tail, fun.(head, acc), fun)
end

defimpl Enumerable, for: Map do
  def count(map), do: {:ok, map_size(map)}

  def member?(map, {key, value}) do
    case :maps.find(key, map) do
      {:ok, ^value} -> {:ok, true}
      _ -> {:ok, false}
    end
  end

  def member?(_map, _other), do: {:ok, false}

  def slice(map), do: {:ok, map_size(map), fn m -> :maps.to_list(m) end}

  # (Elixir's hands the list to Enumerable.List, whose frame a trace shows)
  def reduce(map, acc, fun), do: Enumerable.List.reduce(:maps.to_list(map), acc, fun)
end

defimpl Enumerable, for: Function do
  def count(_function), do: {:error, __MODULE__}
  def member?(_function, _value), do: {:error, __MODULE__}
  def slice(_function), do: {:error, __MODULE__}

  def reduce(function, acc, fun) when is_function(function, 2), do: function.(acc, fun)

  # (raised at Elixir's line, as its frame shows)
  def reduce(function, _acc, _fun) do
    __at_line__(4785, raise(Protocol.UndefinedError,
      protocol: Enumerable,
      value: function,
      description: "only anonymous functions of arity 2 are enumerable"
    ))
  end
end

defimpl Enumerable, for: Range do
  def reduce(%Range{first: first, last: last, step: step}, acc, fun) do
    reduce(first, last, acc, fun, step)
  end

  # (Elixir's reduce/5 in lib/range.ex, the frame a trace shows)
  @file "lib/range.ex"
  @beamlet_frame_line 383
  defp reduce(_first, _last, {:halt, acc}, _fun, _step), do: {:halted, acc}

  defp reduce(first, last, {:suspend, acc}, fun, step) do
    {:suspended, acc, fn a -> reduce(first, last, a, fun, step) end}
  end

  @beamlet_frame_line 383
  defp reduce(first, last, {:cont, acc}, fun, step) do
    if (step > 0 and first <= last) or (step < 0 and first >= last) do
      reduce(first + step, last, fun.(first, acc), fun, step)
    else
      {:done, acc}
    end
  end

  def member?(%Range{first: first, last: last, step: step}, value) when is_integer(value) do
    if (step > 0 and first <= value and value <= last) or (step < 0 and last <= value and value <= first) do
      {:ok, rem(value - first, step) == 0}
    else
      {:ok, false}
    end
  end

  def member?(%Range{}, _value), do: {:ok, false}

  def count(range), do: {:ok, Range.size(range)}

  # a slice with a step of its own (Enum.slice(1..10//3, 0..10//2)) walks the range by
  # step + s - 1, not step * s: Elixir 1.14's arithmetic ([1, 5] there, where [1, 7] is meant)
  def slice(%Range{first: first, step: step} = range) do
    {:ok, Range.size(range), fn start, amount, s -> slice_range(first + start * step, step + s - 1, amount, []) end}
  end

  defp slice_range(_current, _step, 0, acc), do: :lists.reverse(acc)
  defp slice_range(current, step, amount, acc), do: slice_range(current + step, step, amount - 1, [current | acc])
end
