defmodule Lexer do
  def tokenize(input), do: tokenize(input, [])
  defp tokenize(<<>>, acc), do: {:ok, Enum.reverse(acc)}
  defp tokenize(<<c, rest::binary>>, acc) when c in ' \t\n', do: tokenize(rest, acc)
  defp tokenize(<<c, _::binary>> = s, acc) when c in ?0..?9 do
    {num, rest} = take_number(s, "")
    tokenize(rest, [{:num, num} | acc])
  end
  defp tokenize(<<c, _::binary>> = s, acc) when c in ?a..?z do
    {name, rest} = take_while(s, &(&1 in ?a..?z or &1 in ?0..?9 or &1 == ?_), "")
    tokenize(rest, [{:ident, String.to_atom(name)} | acc])
  end
  defp tokenize(<<"**", rest::binary>>, acc), do: tokenize(rest, [{:op, :pow} | acc])
  defp tokenize(<<c, rest::binary>>, acc) when c in '+-*/()=,' do
    tokenize(rest, [{:sym, <<c>>} | acc])
  end
  defp tokenize(<<c::utf8, _::binary>>, _), do: {:error, "unexpected character #{<<c::utf8>>}"}

  defp take_number(<<c, rest::binary>>, acc) when c in ?0..?9 or c == ?., do: take_number(rest, acc <> <<c>>)
  defp take_number(rest, acc) do
    n = if String.contains?(acc, "."), do: String.to_float(acc), else: String.to_integer(acc)
    {n, rest}
  end
  defp take_while(<<c, rest::binary>>, f, acc) do
    if f.(c), do: take_while(rest, f, acc <> <<c>>), else: {acc, <<c, rest::binary>>}
  end
  defp take_while(<<>>, _, acc), do: {acc, ""}
end

defmodule Parser do
  # expr := term (('+'|'-') term)*
  def parse(tokens) do
    case statement(tokens) do
      {:ok, ast, []} -> {:ok, ast}
      {:ok, _, [t | _]} -> {:error, "unexpected token #{inspect(t)}"}
      err -> err
    end
  end
  defp statement([{:ident, name}, {:sym, "="} | rest]) do
    with {:ok, e, rest} <- expr(rest), do: {:ok, {:assign, name, e}, rest}
  end
  defp statement(tokens), do: expr(tokens)
  defp expr(tokens) do
    with {:ok, left, rest} <- term(tokens), do: expr_rest(left, rest)
  end
  defp expr_rest(left, [{:sym, op} | rest]) when op in ["+", "-"] do
    with {:ok, right, rest} <- term(rest), do: expr_rest({String.to_atom(op), left, right}, rest)
  end
  defp expr_rest(left, rest), do: {:ok, left, rest}
  defp term(tokens) do
    with {:ok, left, rest} <- power(tokens), do: term_rest(left, rest)
  end
  defp term_rest(left, [{:sym, op} | rest]) when op in ["*", "/"] do
    with {:ok, right, rest} <- power(rest), do: term_rest({String.to_atom(op), left, right}, rest)
  end
  defp term_rest(left, rest), do: {:ok, left, rest}
  defp power(tokens) do
    with {:ok, base, rest} <- factor(tokens) do
      case rest do
        [{:op, :pow} | rest] -> with {:ok, exp, rest} <- power(rest), do: {:ok, {:pow, base, exp}, rest}
        _ -> {:ok, base, rest}
      end
    end
  end
  defp factor([{:num, n} | rest]), do: {:ok, n, rest}
  defp factor([{:sym, "-"} | rest]), do: with({:ok, e, rest} <- factor(rest), do: {:ok, {:neg, e}, rest})
  defp factor([{:ident, f}, {:sym, "("} | rest]) do
    with {:ok, args, rest} <- args(rest, []), do: {:ok, {:call, f, args}, rest}
  end
  defp factor([{:ident, v} | rest]), do: {:ok, {:var, v}, rest}
  defp factor([{:sym, "("} | rest]) do
    case expr(rest) do
      {:ok, e, [{:sym, ")"} | rest]} -> {:ok, e, rest}
      {:ok, _, _} -> {:error, "missing )"}
      err -> err
    end
  end
  defp factor([t | _]), do: {:error, "unexpected #{inspect(t)}"}
  defp factor([]), do: {:error, "unexpected end of input"}
  defp args([{:sym, ")"} | rest], acc), do: {:ok, Enum.reverse(acc), rest}
  defp args(tokens, acc) do
    with {:ok, e, rest} <- expr(tokens) do
      case rest do
        [{:sym, ","} | rest] -> args(rest, [e | acc])
        [{:sym, ")"} | rest] -> {:ok, Enum.reverse([e | acc]), rest}
        _ -> {:error, "bad argument list"}
      end
    end
  end
end

defmodule Eval do
  @funs %{max: &max/2, min: &min/2, abs: &abs/1, sqrt: &:math.sqrt/1}
  def eval({:assign, n, e}, env) do
    with {:ok, v, env} <- eval(e, env), do: {:ok, v, Map.put(env, n, v)}
  end
  def eval(n, env) when is_number(n), do: {:ok, n, env}
  def eval({:var, v}, env) do
    case Map.fetch(env, v) do
      {:ok, val} -> {:ok, val, env}
      :error -> {:error, "undefined variable #{v}"}
    end
  end
  def eval({:neg, e}, env), do: with({:ok, v, env} <- eval(e, env), do: {:ok, -v, env})
  def eval({:call, f, args}, env) do
    with {:ok, fun} <- Map.fetch(@funs, f) |> then(fn :error -> {:error, "unknown function #{f}"}; ok -> ok end),
         {:ok, vals} <- eval_all(args, env) do
      if is_function(fun, length(vals)), do: {:ok, apply(fun, vals), env}, else: {:error, "wrong arity for #{f}"}
    end
  end
  def eval({op, l, r}, env) do
    with {:ok, a, env} <- eval(l, env), {:ok, b, env} <- eval(r, env) do
      case {op, b} do
        {:/, 0} -> {:error, "division by zero"}
        {:/, _} -> {:ok, a / b, env}
        {:pow, _} -> {:ok, if(is_integer(a) and is_integer(b) and b >= 0, do: Integer.pow(a, b), else: :math.pow(a, b)), env}
        _ -> {:ok, apply(Kernel, op, [a, b]), env}
      end
    end
  end
  defp eval_all(args, env) do
    Enum.reduce_while(args, {:ok, []}, fn a, {:ok, acc} ->
      case eval(a, env) do
        {:ok, v, _} -> {:cont, {:ok, acc ++ [v]}}
        e -> {:halt, e}
      end
    end)
  end
end

lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x = 10", "y = x / 4", "x * y - -3", "max(x, 42) + abs(-5)",
         "sqrt(16)", "1 / 0", "z + 1", "foo(1)", "max(1)", "(1 + 2", "3 $ 4", "1.5 * 4", "2 ** 100", "7 - 2 - 1"]
Enum.reduce(lines, %{}, fn line, env ->
  with {:ok, tokens} <- Lexer.tokenize(line),
       {:ok, ast} <- Parser.parse(tokens),
       {:ok, v, env} <- Eval.eval(ast, env) do
    IO.puts("#{String.pad_trailing(line, 22)} => #{inspect(v)}")
    env
  else
    {:error, msg} ->
      IO.puts("#{String.pad_trailing(line, 22)} !! #{msg}")
      env
  end
end)
|> IO.inspect()
