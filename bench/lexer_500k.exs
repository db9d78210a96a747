defmodule Lexer do
  # a tokenizer of the usual shape: binary clauses, `in` guards, Integer.parse on the rest
  def lex(b), do: lex(b, [])
  defp lex(<<>>, acc), do: Enum.reverse(acc)
  defp lex(<<c, r::binary>>, acc) when c in ~c" \n\t", do: lex(r, acc)
  defp lex(<<c, _::binary>> = b, acc) when c in ?0..?9 do
    {n, r} = Integer.parse(b)
    lex(r, [{:int, n} | acc])
  end
  defp lex(<<c, _::binary>> = b, acc) when c in ?a..?z or c == ?_ do
    {id, r} = ident(b, 0)
    lex(r, [{:id, id} | acc])
  end
  defp lex(<<"==", r::binary>>, acc), do: lex(r, [:eqeq | acc])
  defp lex(<<"->", r::binary>>, acc), do: lex(r, [:arrow | acc])
  defp lex(<<c, r::binary>>, acc), do: lex(r, [{:op, <<c>>} | acc])
  defp ident(b, n) do
    case b do
      <<_::binary-size(n), c, _::binary>> when c in ?a..?z or c in ?0..?9 or c == ?_ -> ident(b, n + 1)
      <<id::binary-size(n), r::binary>> -> {id, r}
    end
  end
end

defmodule Bench do
  def run do
    src = String.duplicate("def foo_bar(x, y) -> x + y * 42 == baz(qux_1, 7) - (a1 / 3)\n", 8000)
    Lexer.lex(src)
  end
end

{us, toks} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ids = Enum.count(toks, &match?({:id, _}, &1))
ok = length(toks) == 208_000 and ids == 72_000
IO.puts("lexer #{length(toks)} tokens #{ids} ids #{if ok, do: "ok", else: "WRONG"}")
