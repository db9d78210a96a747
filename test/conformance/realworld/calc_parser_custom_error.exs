defmodule Parser do
  defmodule Error do
    defexception [:pos, :reason]
    def message(%{pos: p, reason: r}), do: "at #{p}: #{r}"
  end
  def tokenize(s), do: tokenize(s, 0, [])
  defp tokenize("", _, acc), do: Enum.reverse(acc)
  defp tokenize(<<c, r::binary>>, p, acc) when c in [?\s], do: tokenize(r, p + 1, acc)
  defp tokenize(<<c, _::binary>> = s, p, acc) when c in ?0..?9 do
    {n, r} = Integer.parse(s)
    tokenize(r, p + byte_size(s) - byte_size(r), [{:num, n, p} | acc])
  end
  defp tokenize(<<c, r::binary>>, p, acc) when c in '+-*/()', do: tokenize(r, p + 1, [{List.to_atom([c]), p} | acc])
  defp tokenize(<<c, _::binary>>, p, _), do: raise(Error, pos: p, reason: "unexpected #{inspect(<<c>>)}")

  def eval(s) do
    {v, []} = expr(tokenize(s))
    v
  end
  defp expr(ts) do
    {l, rest} = term(ts)
    expr_rest(l, rest)
  end
  defp expr_rest(l, [{op, _} | ts]) when op in [:+, :-] do
    {r, rest} = term(ts)
    expr_rest(apply(Kernel, op, [l, r]), rest)
  end
  defp expr_rest(l, ts), do: {l, ts}
  defp term(ts) do
    {l, rest} = factor(ts)
    term_rest(l, rest)
  end
  defp term_rest(l, [{:*, _} | ts]), do: (fn {r, rest} -> term_rest(l * r, rest) end).(factor(ts))
  defp term_rest(l, [{:/, p} | ts]) do
    case factor(ts) do
      {0, _} -> raise Error, pos: p, reason: "division by zero"
      {r, rest} -> term_rest(div(l, r), rest)
    end
  end
  defp term_rest(l, ts), do: {l, ts}
  defp factor([{:num, n, _} | ts]), do: {n, ts}
  defp factor([{:-, _} | ts]), do: (fn {v, r} -> {-v, r} end).(factor(ts))
  defp factor([{:"(", _} | ts]) do
    case expr(ts) do
      {v, [{:")", _} | rest]} -> {v, rest}
      {_, _} -> raise Error, pos: :eof, reason: "missing )"
    end
  end
  defp factor([]), do: raise(Error, pos: :eof, reason: "unexpected end")
end
for s <- ["1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 3", "2 * (3 + 4", "5 / 0", "1 + x", "7 -", "((2))"] do
  try do
    IO.puts("#{s} = #{Parser.eval(s)}")
  rescue
    e in Parser.Error -> IO.puts("#{s}: error #{Exception.message(e)}")
  end
end
Parser.eval("1 )")
