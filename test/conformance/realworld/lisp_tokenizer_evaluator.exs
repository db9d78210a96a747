defmodule Lisp.Tokenizer do
  @spec tokenize(String.t()) :: [term]
  def tokenize(src), do: do_tokenize(String.to_charlist(src), [])

  defp do_tokenize([], acc), do: Enum.reverse(acc)
  defp do_tokenize([c | rest], acc) when c in [?\s, ?\n, ?\t], do: do_tokenize(rest, acc)
  defp do_tokenize([?( | rest], acc), do: do_tokenize(rest, [:lparen | acc])
  defp do_tokenize([?) | rest], acc), do: do_tokenize(rest, [:rparen | acc])
  defp do_tokenize([?' | rest], acc), do: do_tokenize(rest, [:quote | acc])
  defp do_tokenize([?" | rest], acc) do
    {str, rest} = Enum.split_while(rest, &(&1 != ?"))
    case rest do
      [?" | rest] -> do_tokenize(rest, [{:str, List.to_string(str)} | acc])
      [] -> throw({:tokenize_error, "unterminated string"})
    end
  end
  defp do_tokenize(chars, acc) do
    {word, rest} = Enum.split_while(chars, &(&1 not in [?\s, ?\n, ?\t, ?(, ?)]))
    word = List.to_string(word)
    token =
      cond do
        word =~ ~r/^-?\d+$/ -> {:int, String.to_integer(word)}
        word =~ ~r/^-?\d+\.\d+$/ -> {:float, String.to_float(word)}
        word in ["#t", "#f"] -> {:bool, word == "#t"}
        true -> {:sym, word}
      end
    do_tokenize(rest, [token | acc])
  end
end

defmodule Lisp.Parser do
  def parse(tokens) do
    case parse_expr(tokens) do
      {expr, []} -> {:ok, expr}
      {_expr, [t | _]} -> {:error, "unexpected token #{inspect(t)}"}
    end
  catch
    {:parse_error, msg} -> {:error, msg}
  end

  defp parse_expr([:lparen | rest]), do: parse_list(rest, [])
  defp parse_expr([:quote | rest]) do
    {e, rest} = parse_expr(rest)
    {[{:sym, "quote"}, e], rest}
  end
  defp parse_expr([:rparen | _]), do: throw({:parse_error, "unexpected )"})
  defp parse_expr([]), do: throw({:parse_error, "unexpected end of input"})
  defp parse_expr([tok | rest]), do: {tok, rest}

  defp parse_list([:rparen | rest], acc), do: {Enum.reverse(acc), rest}
  defp parse_list([], _acc), do: throw({:parse_error, "missing )"})
  defp parse_list(tokens, acc) do
    {e, rest} = parse_expr(tokens)
    parse_list(rest, [e | acc])
  end
end

defmodule Lisp.Eval do
  defmodule Error do
    defexception [:message]
  end

  def global_env do
    %{
      "+" => {:builtin, &Enum.sum/1},
      "*" => {:builtin, fn args -> Enum.reduce(args, 1, &(&1 * &2)) end},
      "-" => {:builtin, fn [a] -> -a; [a | rest] -> Enum.reduce(rest, a, &(&2 - &1)) end},
      "<" => {:builtin, fn [a, b] -> a < b end},
      "=" => {:builtin, fn [a, b] -> a == b end},
      "list" => {:builtin, & &1},
      "car" => {:builtin, fn [[h | _]] -> h end},
      "cdr" => {:builtin, fn [[_ | t]] -> t end},
      "cons" => {:builtin, fn [h, t] -> [h | t] end},
      "null?" => {:builtin, fn [l] -> l == [] end}
    }
  end

  def eval({:int, n}, env), do: {n, env}
  def eval({:float, f}, env), do: {f, env}
  def eval({:str, s}, env), do: {s, env}
  def eval({:bool, b}, env), do: {b, env}
  def eval({:sym, name}, env) do
    case Map.fetch(env, name) do
      {:ok, v} -> {v, env}
      :error -> raise Error, message: "unbound symbol: #{name}"
    end
  end
  def eval([{:sym, "quote"}, e], env), do: {unquote_data(e), env}
  def eval([{:sym, "define"}, {:sym, name}, e], env) do
    {v, env} = eval(e, env)
    {v, Map.put(env, name, v)}
  end
  def eval([{:sym, "define"}, [{:sym, name} | params], body], env) do
    names = Enum.map(params, fn {:sym, p} -> p end)
    {:ok, name, Map.put(env, name, {:lambda, name, names, body})} |> then(fn {:ok, n, e} -> {n, e} end)
  end
  def eval([{:sym, "if"}, c, t, e], env) do
    {cv, _} = eval(c, env)
    if cv not in [false, nil], do: eval(t, env), else: eval(e, env)
  end
  def eval([{:sym, "lambda"}, params, body], env) do
    {{:lambda, nil, Enum.map(params, fn {:sym, p} -> p end), body}, env}
  end
  def eval([f | args], env) do
    {fv, _} = eval(f, env)
    argv = Enum.map(args, fn a -> elem(eval(a, env), 0) end)
    {apply_fn(fv, argv, env), env}
  end

  defp apply_fn({:builtin, fun}, args, _env), do: fun.(args)
  defp apply_fn({:lambda, _name, params, body}, args, env) when length(params) == length(args) do
    local = Enum.zip(params, args) |> Map.new()
    {v, _} = eval(body, Map.merge(env, local))
    v
  end
  defp apply_fn({:lambda, name, params, _}, args, _env) do
    raise Error, message: "#{name || "lambda"} expects #{length(params)} args, got #{length(args)}"
  end
  defp apply_fn(other, _args, _env), do: raise(Error, message: "not a function: #{inspect(other)}")

  defp unquote_data(list) when is_list(list), do: Enum.map(list, &unquote_data/1)
  defp unquote_data({_, v}), do: v
end

defmodule Lisp do
  def run(programs) do
    Enum.reduce(programs, Lisp.Eval.global_env(), fn src, env ->
      with tokens <- Lisp.Tokenizer.tokenize(src),
           {:ok, ast} <- Lisp.Parser.parse(tokens) do
        try do
          {v, env} = Lisp.Eval.eval(ast, env)
          IO.puts("#{String.pad_trailing(src, 40)} => #{show(v)}")
          env
        rescue
          e in Lisp.Eval.Error ->
            IO.puts("#{String.pad_trailing(src, 40)} !! #{Exception.message(e)}")
            env
          e in [FunctionClauseError, ArithmeticError] ->
            IO.puts("#{String.pad_trailing(src, 40)} !! #{inspect(e.__struct__)}")
            env
        end
      else
        {:error, msg} ->
          IO.puts("#{String.pad_trailing(src, 40)} parse error: #{msg}")
          env
      end
    end)
  end

  defp show(true), do: "#t"
  defp show(false), do: "#f"
  defp show(l) when is_list(l), do: "(" <> Enum.map_join(l, " ", &show/1) <> ")"
  defp show({:lambda, name, ps, _}), do: "#<lambda #{name}/#{length(ps)}>"
  defp show({:builtin, _}), do: "#<builtin>"
  defp show(v), do: to_string(v)
end

env = Lisp.run([
  "(+ 1 2 3)",
  "(define x 10)",
  "(* x (- x 3))",
  "(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))",
  "(fact 20)",
  "(define (len l) (if (null? l) 0 (+ 1 (len (cdr l)))))",
  "(len '(1 2 3 4 5))",
  "(cons 1 '(2 3))",
  "(car '())",
  "(fact 1 2)",
  "(undefined 1)",
  "(+ 1 2",
  ")",
  "((lambda (a b) (- a b)) 10 4)",
  "(- 5)",
  "(+ 1.5 2.25)",
  "(= \"ab\" \"ab\")",
  "(+ 1 \"x\")"
])

IO.inspect(env |> Map.keys() |> Enum.sort(), label: "env")
IO.inspect(Lisp.Tokenizer.tokenize("(a \"b c\" 12 -3.5 #t)"))
Lisp.Tokenizer.tokenize("(\"oops")
