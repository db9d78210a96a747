defmodule Classify do
  def run(v) do
    case v do
      0 -> "zero"
      n when is_integer(n) and n < 0 -> "negative int"
      n when is_integer(n) -> "positive int"
      f when is_float(f) -> "float #{f}"
      {:ok, value} -> "ok with #{inspect(value)}"
      {:error, _} = err -> "error tuple #{inspect(err)}"
      [_ | _] = l -> "list of #{length(l)}"
      [] -> "empty list"
      %{type: t} -> "map typed #{t}"
      %{} -> "other map"
      s when is_binary(s) and byte_size(s) > 3 -> "long string"
      s when is_binary(s) -> "short string"
      a when is_atom(a) -> "atom #{a}"
      _ -> "something else"
    end
  end
end

inputs = [0, -5, 7, 2.5, {:ok, [1]}, {:error, :x}, [1, 2], [], %{type: :user}, %{a: 1}, "hello", "hi", :sym, {1, 2, 3}]
Enum.each(inputs, fn i -> IO.puts(Classify.run(i)) end)

result =
  case {1, 2} do
    {a, a} -> :same
    {a, b} when a < b -> :ascending
    _ -> :other
  end
IO.inspect(result)

try do
  case :nope do
    :yes -> 1
  end
rescue
  e in CaseClauseError -> IO.puts(Exception.message(e)); IO.inspect(e)
end
