defmodule Calc.Lexer do
  def lex(bin), do: lex(bin, [])

  defp lex(<<>>, acc), do: {:ok, Enum.reverse(acc)}
  defp lex(<<c, rest::binary>>, acc) when c in ' \t\n', do: lex(rest, acc)
  defp lex(<<c, _::binary>> = bin, acc) when c in ?0..?9, do: number(bin, "", acc)
  defp lex(<<op, rest::binary>>, acc) when op in '+-*/^()', do: lex(rest, [{:op, <<op>>} | acc])
  defp lex(<<c::utf8, rest::binary>>, acc) when c in ?a..?z, do: ident(rest, <<c::utf8>>, acc)
  defp lex(<<c::utf8, _::binary>>, _acc), do: {:error, "unexpected #{<<c::utf8>>} (#{c})"}

  defp number(<<c, rest::binary>>, digits, acc) when c in ?0..?9 or c == ?., do: number(rest, digits <> <<c>>, acc)
  defp number(rest, digits, acc) do
    tok = if String.contains?(digits, "."), do: {:num, String.to_float(digits)}, else: {:num, String.to_integer(digits)}
    lex(rest, [tok | acc])
  end

  defp ident(<<c, rest::binary>>, name, acc) when c in ?a..?z, do: ident(rest, name <> <<c>>, acc)
  defp ident(rest, name, acc), do: lex(rest, [{:ident, String.to_atom(name)} | acc])
end

defmodule Calc.Parser do
  # expr := term (('+'|'-') term)*
  def parse(tokens) do
    case expr(tokens) do
      {ast, []} -> {:ok, ast}
      {_ast, [t | _]} -> {:error, "trailing #{inspect(t)}"}
    end
  catch
    {:parse_error, msg} -> {:error, msg}
  end

  defp expr(ts) do
    {lhs, rest} = term(ts)
    expr_rest(lhs, rest)
  end

  defp expr_rest(lhs, [{:op, op} | rest]) when op in ["+", "-"] do
    {rhs, rest} = term(rest)
    expr_rest({String.to_atom(op), lhs, rhs}, rest)
  end
  defp expr_rest(lhs, rest), do: {lhs, rest}

  defp term(ts) do
    {lhs, rest} = power(ts)
    term_rest(lhs, rest)
  end

  defp term_rest(lhs, [{:op, op} | rest]) when op in ["*", "/"] do
    {rhs, rest} = power(rest)
    term_rest({String.to_atom(op), lhs, rhs}, rest)
  end
  defp term_rest(lhs, rest), do: {lhs, rest}

  defp power(ts) do
    case atom(ts) do
      {base, [{:op, "^"} | rest]} ->
        {exp, rest} = power(rest)
        {{:^, base, exp}, rest}
      other -> other
    end
  end

  defp atom([{:num, n} | rest]), do: {n, rest}
  defp atom([{:ident, name} | rest]), do: {{:var, name}, rest}
  defp atom([{:op, "-"} | rest]) do
    {v, rest} = atom(rest)
    {{:neg, v}, rest}
  end
  defp atom([{:op, "("} | rest]) do
    case expr(rest) do
      {e, [{:op, ")"} | rest]} -> {e, rest}
      _ -> throw({:parse_error, "missing )"})
    end
  end
  defp atom([t | _]), do: throw({:parse_error, "unexpected #{inspect(t)}"})
  defp atom([]), do: throw({:parse_error, "unexpected end"})
end

defmodule Calc do
  def eval(n, _env) when is_number(n), do: n
  def eval({:var, v}, env), do: Map.fetch!(env, v)
  def eval({:neg, e}, env), do: -eval(e, env)
  def eval({:+, a, b}, env), do: eval(a, env) + eval(b, env)
  def eval({:-, a, b}, env), do: eval(a, env) - eval(b, env)
  def eval({:*, a, b}, env), do: eval(a, env) * eval(b, env)
  def eval({:/, a, b}, env), do: eval(a, env) / eval(b, env)
  def eval({:^, a, b}, env), do: :math.pow(eval(a, env), eval(b, env))

  def run(src, env \\ %{}) do
    with {:ok, toks} <- Calc.Lexer.lex(src),
         {:ok, ast} <- Calc.Parser.parse(toks) do
      try do
        {:ok, eval(ast, env)}
      rescue
        e in ArithmeticError -> {:error, Exception.message(e)}
        e in KeyError -> {:error, Exception.message(e)}
      end
    end
  end
end

for src <- ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "10 / 0", "-x + y * 2", "1.5 * 4",
            "3 +", "(1 + 2", "1 $ 2", "z * 2", "1 2", "é", "  42  "] do
  IO.puts(String.pad_trailing(inspect(src), 16) <> " => " <> inspect(Calc.run(src, %{x: 5, y: 7})))
end
IO.inspect(Calc.Lexer.lex("foo+12.25*(bar-3)"))
