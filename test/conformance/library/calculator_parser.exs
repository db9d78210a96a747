# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables.
defmodule Calc do
  def tokenize(src), do: tokenize(src, [])

  defp tokenize("", acc), do: {:ok, Enum.reverse(acc)}
  defp tokenize(<<c, rest::binary>>, acc) when c in ' \t', do: tokenize(rest, acc)

  defp tokenize(<<c, _::binary>> = src, acc) when c in ?0..?9 do
    [num] = Regex.run(~r/^\d+(\.\d+)?/, src, capture: :first)
    value = if String.contains?(num, "."), do: String.to_float(num), else: String.to_integer(num)
    tokenize(binary_part(src, byte_size(num), byte_size(src) - byte_size(num)), [{:num, value} | acc])
  end

  defp tokenize(<<c, _::binary>> = src, acc) when c in ?a..?z do
    [name] = Regex.run(~r/^[a-z_]+/, src)
    tokenize(String.replace_prefix(src, name, ""), [{:id, String.to_atom(name)} | acc])
  end

  defp tokenize(<<c, rest::binary>>, acc) when c in '+-*/^()=', do: tokenize(rest, [{:op, <<c>>} | acc])
  defp tokenize(<<c::utf8, _::binary>>, _), do: {:error, "unexpected #{<<c::utf8>>}"}

  # expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := unary ('^' factor)?
  def parse(tokens) do
    case expr(tokens) do
      {ast, []} -> {:ok, ast}
      {_, [tok | _]} -> {:error, "unexpected token #{inspect(tok)}"}
    end
  catch
    {:parse_error, msg} -> {:error, msg}
  end

  defp expr(ts) do
    {left, rest} = term(ts)
    binary_loop(left, rest, ["+", "-"], &term/1)
  end

  defp term(ts) do
    {left, rest} = factor(ts)
    binary_loop(left, rest, ["*", "/"], &factor/1)
  end

  defp binary_loop(left, [{:op, op} | rest], ops, next) do
    if op in ops do
      {right, rest} = next.(rest)
      binary_loop({String.to_atom(op), left, right}, rest, ops, next)
    else
      {left, [{:op, op} | rest]}
    end
  end

  defp binary_loop(left, rest, _, _), do: {left, rest}

  defp factor(ts) do
    case unary(ts) do
      {base, [{:op, "^"} | rest]} ->
        {exp, rest} = factor(rest)
        {{:^, base, exp}, rest}

      other ->
        other
    end
  end

  defp unary([{:op, "-"} | rest]) do
    {v, rest} = unary(rest)
    {{:neg, v}, rest}
  end

  defp unary([{:num, n} | rest]), do: {n, rest}
  defp unary([{:id, v} | rest]), do: {{:var, v}, rest}

  defp unary([{:op, "("} | rest]) do
    case expr(rest) do
      {e, [{:op, ")"} | rest]} -> {e, rest}
      _ -> throw({:parse_error, "missing )"})
    end
  end

  defp unary(ts), do: throw({:parse_error, "unexpected end near #{inspect(Enum.take(ts, 1))}"})

  def eval(n, _env) when is_number(n), do: n
  def eval({:var, v}, env), do: Map.get(env, v) || raise(KeyError, key: v, term: env)
  def eval({:neg, e}, env), do: -eval(e, env)
  def eval({:+, a, b}, env), do: eval(a, env) + eval(b, env)
  def eval({:-, a, b}, env), do: eval(a, env) - eval(b, env)
  def eval({:*, a, b}, env), do: eval(a, env) * eval(b, env)
  def eval({:/, a, b}, env), do: eval(a, env) / eval(b, env)
  def eval({:^, a, b}, env), do: :math.pow(eval(a, env), eval(b, env))

  def run(src, env \\ %{}) do
    with {:ok, tokens} <- tokenize(src),
         {:ok, ast} <- parse(tokens) do
      {:ok, eval(ast, env)}
    end
  rescue
    e in [ArithmeticError, KeyError] -> {:error, Exception.message(e)}
  end
end

IO.inspect(Calc.tokenize("x + 2.5*(y-1)"))
{:ok, toks} = Calc.tokenize("1 + 2 * 3 - -4 ^ 2 ^ 1")
IO.inspect(Calc.parse(toks))
for src <- ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "-(3 - 5) * x", "rate * 100 / total",
            "1 / 0", "2 *", "(1 + 2", "3 $ 4", "unknown + 1", "1 2"] do
  IO.puts(String.pad_trailing(src, 20) <> " => " <> inspect(Calc.run(src, %{x: 7, rate: 0.25, total: 5})))
end
