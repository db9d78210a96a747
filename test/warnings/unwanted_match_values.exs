# OTP's compiler does not warn of what the value of a match to a variable computes for nothing
# or of its calls that will fail, however deep (every Elixir variable starts with `_` in Erlang);
# a match on another pattern, or a chain of matches, warns
defmodule WillFail do
  def to_var do
    x = IO.inspect(1 + :a)
    x
  end

  def in_try do
    x =
      try do
        1 + :a
      rescue
        _ -> 0
      end

    x
  end

  def in_case do
    x =
      case :rand.uniform(1) do
        _ -> 1 + :b
      end

    x
  end

  def in_fn do
    x = fn -> 2 + :a end
    x
  end

  def underscore, do: _ = 1 + :c
  def pinned(x), do: ^x = 3 + :a
  def tuple_pattern, do: ({:ok, x} = {:ok, 4 + :a}; x)
  def tuple_of_call, do: ({x} = 5 + :a; x)
  def chain, do: (x = y = 6 + :a; {x, y})
  def parens_chain, do: (x = (y = 7 + :a); {x, y})
  def after_match, do: (_x = :ok; 8 + :a)
end

defmodule Dropped do
  def block(y) do
    x = (IO.puts("hi"); y + 1; y == 2; elem({y}, 0); :ok)
    x
  end

  def in_fn(y) do
    x = fn -> (is_atom(y); y - 1; :ok) end
    x
  end

  def not_matched(y), do: (y * 2; :ok)
end

x = (1 + :a; 2)
y = if x == 2, do: (x == 3; 9 + :a), else: 0
z = fn -> (x - 1; :ok) end
{w} = {10 + :a}
IO.inspect({x, y, z, w})
