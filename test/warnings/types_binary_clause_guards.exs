# A variable typed by the guard of a case, fn or receive clause, given to a binary segment of
# another type in that clause's body
defmodule ClauseGuards do
  def case_atom(v) do
    case v do
      x when is_atom(x) -> <<x::binary>>
      _ -> :ok
    end
  end

  def fn_integer do
    fn x when is_integer(x) -> x <> "" end
  end

  def receive_float do
    receive do
      x when is_float(x) -> <<x>>
    end
  end

  def tuple_element(v) do
    case v do
      {x, y} when is_atom(x) -> <<x::binary, y>>
    end
  end

  def union(v) do
    case v do
      x when is_atom(x) or is_integer(x) -> <<x::binary>>
    end
  end

  def second_clause(v) do
    f = fn
      x when is_binary(x) -> <<x::binary>>
      x when is_list(x) -> <<x::binary>>
    end
    f.(v)
  end

  def nested(v, w) do
    case v do
      :a ->
        case w do
          n when is_pid(n) -> "pid: " <> n
        end
      _ -> :b
    end
  end
end

IO.puts(:done)
