# Guards of case, fn and receive clauses whose variable fits the binary, or is not one the
# checker types: elixir prints no warning
defmodule ClauseGuardsNone do
  def fits(v) do
    case v do
      x when is_binary(x) -> <<x::binary>>
      x when is_integer(x) -> <<x>>
      x when is_float(x) -> <<x::float>>
      x when is_integer(x) -> <<x::utf8>>
    end
  end

  def unrelated(v) do
    case v do
      x when is_atom(x) -> <<v::binary>>
      _ -> :ok
    end
  end

  def other_check(v) do
    fn x when is_number(x) -> <<x::float>> end
    |> then(fn f -> f.(v) end)
  end

  def list_tail(v) do
    case v do
      [_ | t] when is_list(t) -> t
      t when is_map(t) -> map_size(t)
    end
  end

  def not_a_guard_type(v) do
    case v do
      x when x > 1 -> <<x>>
    end
  end

  def used_before(v) do
    case v do
      x when is_integer(x) -> {x + 1, <<x>>}
    end
  end

  def shadowed(v) do
    case v do
      x when is_atom(x) -> Enum.map([v], fn x -> <<x::binary>> end)
    end
  end

  def rebound(v) do
    case v do
      x when is_atom(x) ->
        x = Atom.to_string(x)
        <<x::binary>>
    end
  end
end

IO.puts(:done)
