defmodule Stream.Reducers do
  @moduledoc false
  # Elixir 1.14's Stream.Reducers.chunk_by/3: Enum.chunk_by/2 and Stream.chunk_by/2 call it with
  # their chunk_while/4, so a raising key function shows its funs' frames (lines are Elixir's)

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
