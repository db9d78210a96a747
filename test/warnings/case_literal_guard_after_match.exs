# A case on a literal: a clause whose guard is false on it is reported at its line, and the case
# at its own when no clause is left (twice on one line); a clause after one that surely matches
# is dropped unreported
defmodule LiteralCase do
  def one_line(_p) do
    case 1 do x when is_atom(x) -> :a end
  end

  def after_match(_p) do
    case 1 do
      1 -> :r
      x when is_atom(x) -> :a
    end
  end

  def other_types_after_match(p) do
    case {p, 1} do
      {_, 1} -> :r
      {_x, 2} -> :a
      [_] -> :b
    end
  end
end

IO.puts(:done)
