# A state machine that splits CSV lines with quoted fields
defmodule CSVLine do
  def parse(line), do: go(String.graphemes(line), :start, "", [])

  defp go([], :in_quotes, _f, _acc), do: {:error, :unclosed_quote}
  defp go([], _st, f, acc), do: {:ok, Enum.reverse([f | acc])}
  defp go(["\"" | r], :start, f, acc), do: go(r, :in_quotes, f, acc)
  defp go(["\"", "\"" | r], :in_quotes, f, acc), do: go(r, :in_quotes, f <> "\"", acc)
  defp go(["\"" | r], :in_quotes, f, acc), do: go(r, :after_quotes, f, acc)
  defp go([c | r], :in_quotes, f, acc), do: go(r, :in_quotes, f <> c, acc)
  defp go(["," | r], _st, f, acc), do: go(r, :start, "", [f | acc])
  defp go([_c | _], :after_quotes, _f, _acc), do: {:error, :text_after_quote}
  defp go([c | r], _st, f, acc), do: go(r, :field, f <> c, acc)
end

for l <- [~s(a,b,c), ~s("x,y",z), ~s("say ""hi""",2), ~s(,,), ~s("open), ~s("a"b,c), ~s(héllo,"wörld")] do
  IO.puts("#{l}  =>  #{inspect(CSVLine.parse(l))}")
end
