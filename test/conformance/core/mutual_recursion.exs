defmodule Parity do
  def even?(0), do: true
  def even?(n), do: odd?(n - 1)
  def odd?(0), do: false
  def odd?(n), do: even?(n - 1)
end

defmodule Expr do
  # expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := num | '(' expr ')'
  def parse(s), do: s |> String.replace(" ", "") |> String.graphemes() |> expr() |> elem(0)

  defp expr(toks) do
    {v, rest} = term(toks)
    expr_tail(v, rest)
  end
  defp expr_tail(v, ["+" | r]), do: (({t, r2} = term(r)); expr_tail(v + t, r2))
  defp expr_tail(v, ["-" | r]), do: (({t, r2} = term(r)); expr_tail(v - t, r2))
  defp expr_tail(v, r), do: {v, r}

  defp term(toks) do
    {v, rest} = factor(toks)
    term_tail(v, rest)
  end
  defp term_tail(v, ["*" | r]), do: (({f, r2} = factor(r)); term_tail(v * f, r2))
  defp term_tail(v, ["/" | r]), do: (({f, r2} = factor(r)); term_tail(div(v, f), r2))
  defp term_tail(v, r), do: {v, r}

  defp factor(["(" | r]) do
    {v, [")" | r2]} = expr(r)
    {v, r2}
  end
  defp factor(toks) do
    {digits, rest} = Enum.split_while(toks, &(&1 in ~w(0 1 2 3 4 5 6 7 8 9)))
    {String.to_integer(Enum.join(digits)), rest}
  end
end

IO.inspect(Parity.even?(100_000))
IO.inspect(Parity.odd?(7))
IO.inspect(Expr.parse("1 + 2 * 3"))
IO.inspect(Expr.parse("(1 + 2) * 3"))
IO.inspect(Expr.parse("100 / (2 + 3) - 4 * (2 - 5)"))
IO.inspect(Expr.parse("2*(3*(4*(5+1)))"))
