defmodule Calc do
  def tokenize(src), do: tokenize(src, [])
  defp tokenize("", acc), do: Enum.reverse(acc)
  defp tokenize(<<c, rest::binary>>, acc) when c in [?\s, ?\n], do: tokenize(rest, acc)
  defp tokenize(<<c, _::binary>> = s, acc) when c in ?0..?9 do
    {n, rest} = Integer.parse(s)
    tokenize(rest, [{:num, n} | acc])
  end
  defp tokenize(<<c, _::binary>> = s, acc) when c in ?a..?z do
    [id] = Regex.run(~r/^[a-z_]+/, s)
    tokenize(String.replace_prefix(s, id, ""), [{:id, String.to_atom(id)} | acc])
  end
  defp tokenize(<<c, rest::binary>>, acc) when c in '+-*/()=;', do: tokenize(rest, [{:op, <<c>>} | acc])
  defp tokenize(<<c, _::binary>>, _), do: raise(ArgumentError, "bad char #{<<c>>}")

  # expr := term (('+'|'-') term)*
  def parse_expr(tokens) do
    {lhs, rest} = parse_term(tokens)
    parse_expr_rest(lhs, rest)
  end
  defp parse_expr_rest(lhs, [{:op, op} | rest]) when op in ["+", "-"] do
    {rhs, rest} = parse_term(rest)
    parse_expr_rest({String.to_atom(op), lhs, rhs}, rest)
  end
  defp parse_expr_rest(lhs, rest), do: {lhs, rest}

  defp parse_term(tokens) do
    {lhs, rest} = parse_factor(tokens)
    parse_term_rest(lhs, rest)
  end
  defp parse_term_rest(lhs, [{:op, op} | rest]) when op in ["*", "/"] do
    {rhs, rest} = parse_factor(rest)
    parse_term_rest({String.to_atom(op), lhs, rhs}, rest)
  end
  defp parse_term_rest(lhs, rest), do: {lhs, rest}

  defp parse_factor([{:num, n} | rest]), do: {n, rest}
  defp parse_factor([{:id, v} | rest]), do: {{:var, v}, rest}
  defp parse_factor([{:op, "-"} | rest]) do
    {f, rest} = parse_factor(rest)
    {{:neg, f}, rest}
  end
  defp parse_factor([{:op, "("} | rest]) do
    {e, [{:op, ")"} | rest]} = parse_expr(rest)
    {e, rest}
  end

  def parse_program(tokens) do
    tokens
    |> Enum.chunk_by(&(&1 == {:op, ";"}))
    |> Enum.reject(&(&1 == [{:op, ";"}]))
    |> Enum.map(fn
      [{:id, name}, {:op, "="} | expr] -> {:assign, name, elem(parse_expr(expr), 0)}
      expr -> {:print, elem(parse_expr(expr), 0)}
    end)
  end

  def eval(n, _env) when is_integer(n), do: n
  def eval({:var, v}, env), do: Map.fetch!(env, v)
  def eval({:neg, e}, env), do: -eval(e, env)
  def eval({:+, a, b}, env), do: eval(a, env) + eval(b, env)
  def eval({:-, a, b}, env), do: eval(a, env) - eval(b, env)
  def eval({:*, a, b}, env), do: eval(a, env) * eval(b, env)
  def eval({:/, a, b}, env), do: div(eval(a, env), eval(b, env))

  def run(src) do
    src
    |> tokenize()
    |> parse_program()
    |> Enum.reduce(%{}, fn
      {:assign, n, e}, env -> Map.put(env, n, eval(e, env))
      {:print, e}, env -> IO.puts(eval(e, env)); env
    end)
  end
end

IO.inspect(Calc.tokenize("x = 3 * (4 + 5);"))
IO.inspect(Calc.parse_expr(Calc.tokenize("1 + 2 * 3 - -4")))
env = Calc.run("""
x = 3 * (4 + 5);
y = x / 2 - 1;
x + y;
z = -x * -2;
z;
big = 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2;
big
""")
IO.inspect(env)
try do
  Calc.run("q + 1")
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
try do
  Calc.run("1 / 0")
rescue
  e -> IO.inspect(e)
end
Calc.run("1 $ 2")
