# OTP's "pattern cannot possibly match" (v3_core cannot alias the two sides of a `=` in a
# pattern): every place a pattern is, listed before the Erlang compiler's other warnings, in
# reverse order of its walk (functions sorted by name and arity, a try's else before its catch)
defmodule NomatchClauses do
  def z([x] = [1, 2]), do: x
  def b(x, 1), do: x
  def b("ab" = <<97, 98>>, 2), do: 1
  defp y(%{a: 1} = %{a: 2}), do: 1
  def a(x) do
    _ = y(x)
    case x do
      [1 | _] = [2, 3] -> 1
      [] = [_ | _] -> 2
      _ -> 3
      4 -> 4
    end
  end
  def c(x) do
    try do
      x
    catch
      <<y>> = "a" -> y
    else
      "ab" = "a" <> r -> r
    end
  end
  def d(x) do
    f = fn {1, [2]} = {1, [2, 3]} -> 1 end
    receive do
      [_, _] = [_] -> f
    after
      0 -> :erlang.element(1, x)
    end
  end
  def e(x) do
    with [1] = [1 | [2]] <- x, do: 1
  end
  def f(x) do
    for [y] = [_, 1] <- x, do: y
  end
  def g(x) do
    [_] = [_, _] = x
  end
  def h(x, unused) do
    %{"k" => 1} = %{"k" => 1.0} = x
  end
end
