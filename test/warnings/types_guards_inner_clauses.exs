# Guard checks that exclude each other in the clauses of a function's body (case, fn, receive),
# on a variable the clause's pattern binds: Elixir's checker reports them as in a def's head;
# a function stops at its first conflict
defmodule Inner do
  def in_case(x) do
    case x do
      {:ok, y} when is_atom(y) and is_integer(y) -> y
      _ -> :other
    end
  end

  def in_fn do
    fn
      a, b when is_list(b) and is_tuple(b) -> {a, b}
      a, _ -> a
    end
  end

  def in_receive do
    receive do
      %{value: v} when is_binary(v) and is_float(v) -> v
    after
      0 -> :none
    end
  end

  def union_then_part(x) do
    case x do
      y when is_integer(y) or is_atom(y) -> y
      # (is_number then is_integer: a float() cannot be an integer())
      [h | _] when is_number(h) and is_integer(h) -> h
    end
  end

  def first_only(x) do
    case x do
      y when is_pid(y) and is_map(y) -> y
      z when is_atom(z) and is_list(z) -> z
    end
  end

  def nested(list) do
    Enum.map(list, fn
      {k, v} when is_atom(k) and is_boolean(v) and is_integer(v) -> k
      other -> other
    end)
  end
end

IO.puts("done")
