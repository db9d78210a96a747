defmodule Stream.Reducers do
  @moduledoc false
  # Elixir 1.14's Stream.Reducers.chunk_by/3: Enum.chunk_by/2 and Stream.chunk_by/2 call it with
  # their chunk_while/4, so a raising key function shows its funs' frames (lines are Elixir's);
  # chunk_every/5 likewise

  # the buffer keeps the last max(count, step) elements, newest first; a chunk is emitted each
  # time it holds count of them, then only the elements the next chunk shares are kept
  def chunk_every(chunk_while, enumerable, count, step, leftover) do
    limit = __at_line__(6, max(count, step))

    chunk_fun = fn x, {buffer, n} ->
      buffer = [x | buffer]
      n = __at_line__(10, n + 1)

      state =
        if __at_line__(13, n >= limit) do
          kept = __at_line__(14, n - step)
          {__at_line__(15, Enum.take(buffer, kept)), kept}
        else
          {buffer, n}
        end

      if __at_line__(20, n == count), do: {:cont, __at_line__(21, :lists.reverse(buffer)), state}, else: {:cont, state}
    end

    after_fun = fn {buffer, n} ->
      if __at_line__(28, leftover == :discard or n == 0 or n >= count) do
        {:cont, []}
      else
        {:cont, __at_line__(31, :lists.reverse(buffer, Enum.take(leftover, count - n))), []}
      end
    end

    __at_line__(35, chunk_while.(enumerable, {[], 0}, chunk_fun, after_fun))
  end

  def chunk_by(chunk_by, enumerable, fun) do
    chunk_fun = fn
      entry, nil ->
        __at_line__(41, {:cont, {[entry], fun.(entry)}})

      entry, {acc, value} ->
        case __at_line__(44, fun.(entry)) do
          ^value -> {:cont, {[entry | acc], value}}
          new_value -> {:cont, :lists.reverse(acc), {[entry], new_value}}
        end
    end

    after_fun = fn
      nil -> {:cont, :done}
      {acc, _value} -> {:cont, :lists.reverse(acc), :done}
    end

    chunk_by.(enumerable, nil, chunk_fun, after_fun)
  end
end
