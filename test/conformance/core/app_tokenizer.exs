defmodule Tokenizer do
  def tokenize(src), do: tok(src, [])

  defp tok(<<>>, acc), do: Enum.reverse(acc)
  defp tok(<<c, rest::binary>>, acc) when c in [?\s, ?\n, ?\t], do: tok(rest, acc)
  defp tok(<<c, _::binary>> = s, acc) when c in ?0..?9, do: number(s, "", acc)
  defp tok(<<c, _::binary>> = s, acc) when c in ?a..?z or c in ?A..?Z or c == ?_, do: ident(s, "", acc)
  defp tok(<<"==", rest::binary>>, acc), do: tok(rest, [{:op, "=="} | acc])
  defp tok(<<"->", rest::binary>>, acc), do: tok(rest, [{:arrow} | acc])
  defp tok(<<?", rest::binary>>, acc), do: string(rest, "", acc)
  defp tok(<<c, rest::binary>>, acc) when c in '+-*/=<>', do: tok(rest, [{:op, <<c>>} | acc])
  defp tok(<<c, rest::binary>>, acc) when c in '(){},;', do: tok(rest, [{:punct, <<c>>} | acc])
  defp tok(<<c, _::binary>>, _acc), do: {:error, "unexpected character #{<<c>>}"}

  defp number(<<c, rest::binary>>, n, acc) when c in ?0..?9, do: number(rest, n <> <<c>>, acc)
  defp number(rest, n, acc), do: tok(rest, [{:int, String.to_integer(n)} | acc])

  defp ident(<<c, rest::binary>>, s, acc) when c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c == ?_,
    do: ident(rest, s <> <<c>>, acc)
  defp ident(rest, s, acc) when s in ~w(if else fn end let), do: tok(rest, [{:kw, String.to_atom(s)} | acc])
  defp ident(rest, s, acc), do: tok(rest, [{:ident, s} | acc])

  defp string(<<?", rest::binary>>, s, acc), do: tok(rest, [{:str, s} | acc])
  defp string(<<"\\n", rest::binary>>, s, acc), do: string(rest, s <> "\n", acc)
  defp string(<<c::utf8, rest::binary>>, s, acc), do: string(rest, s <> <<c::utf8>>, acc)
  defp string(<<>>, _s, _acc), do: {:error, "unterminated string"}
end

src = """
let total = price * 12 + tax;
if total == 100 { print("exactly\\n hundred") } else { fn(x) -> x }
"""
IO.inspect(Tokenizer.tokenize(src))
IO.inspect(Tokenizer.tokenize("a = \"héllo\""))
IO.inspect(Tokenizer.tokenize("x = 3 $ 4"))
IO.inspect(Tokenizer.tokenize("\"open"))
IO.inspect(length(Tokenizer.tokenize(String.duplicate("ab12 + ", 1000))))
