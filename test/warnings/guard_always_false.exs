# A guard that folds to false: the Erlang compiler's "this check/guard will always yield the same
# result", once per clause and once more for a def/case/receive/fn none of whose clauses can match
defmodule GuardAlwaysFalse do
  def only(x) when 1 > 2, do: x

  def first(x) when 1 === 1.0, do: x
  def first(x), do: x

  def both(x) when :a in [:b], do: x
  def both(x) when 1 in 2..3, do: x

  def multiline(x)
      when not true do
    x
  end

  def and_left(x) when 1 > 2 and is_atom(x), do: x
  def and_right(x) when is_atom(x) and 1 > 2, do: x
  def or_both(x) when 1 > 2 or length([1]) > 2, do: x
  def or_right(x) when 1 > 2 or is_atom(x), do: x
  def whens(x) when 1 > 2 when 2 > 3, do: x
  def one_of_whens(x) when 1 > 2 when is_atom(x), do: x
  def always_true(x) when abs(-1) == 1, do: x
  def empty_in(x) when x in [], do: x
  def literals(x) when elem({1}, 0) == 2 or is_nil(1) or [] == [1] or {1} == {2} or "a" >= "b", do: x
  defmacro macro(x) when is_map(%{}) and false, do: x

  def with_ignored(x) when 1 > 2, do: (x == 1; x)

  def cases(x) do
    case x do
      y when 1 > 2 -> y
      _ -> 0
    end

    case x do
      y when 1 > 2 -> y
    end

    case x do z when 1 > 2 -> z; y -> y; w -> w end
  end

  def funs(x) do
    f = fn y when 1 > 2 -> y end
    f.(x)

    fn
      y when 1 > 2 -> y
      z when hd([1]) == 2 -> z
    end
  end

  def receives(x) do
    receive do
      y when tuple_size({}) > 0 -> y
    after
      0 -> x
    end
  end

  def uses(x), do: priv(x)
  defp priv(x) when 1 > 2, do: x
  defp unused(x) when 1 > 2, do: x
  defmacrop private_macro(x) when 1 > 2, do: x
end

# the script's top level is evaluated, not compiled: none of these are reported
case 1 do
  y when 1 > 2 -> y
  _ -> :ok
end
fun = fn y when 1 > 2 -> y; z -> z end
IO.puts(fun.(1))
