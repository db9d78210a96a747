defmodule Check do
  def luhn?(num) do
    digits = num |> String.replace(" ", "") |> String.graphemes()
    if length(digits) < 2 or Enum.any?(digits, &(&1 not in ~w(0 1 2 3 4 5 6 7 8 9))) do
      false
    else
      digits
      |> Enum.map(&String.to_integer/1)
      |> Enum.reverse()
      |> Enum.with_index()
      |> Enum.map(fn {d, i} -> if rem(i, 2) == 1, do: (if d * 2 > 9, do: d * 2 - 9, else: d * 2), else: d end)
      |> Enum.sum()
      |> rem(10) == 0
    end
  end

  def isbn10?(s) do
    chars = s |> String.replace("-", "") |> String.graphemes()
    with 10 <- length(chars),
         {:ok, nums} <- to_nums(chars) do
      nums |> Enum.zip(10..1) |> Enum.map(fn {a, b} -> a * b end) |> Enum.sum() |> rem(11) == 0
    else
      _ -> false
    end
  end
  defp to_nums(chars) do
    chars
    |> Enum.with_index()
    |> Enum.reduce_while({:ok, []}, fn
      {"X", 9}, {:ok, acc} -> {:cont, {:ok, [10 | acc]}}
      {c, _}, {:ok, acc} ->
        case Integer.parse(c) do
          {n, ""} -> {:cont, {:ok, [n | acc]}}
          _ -> {:halt, :error}
        end
    end)
    |> case do
      {:ok, l} -> {:ok, Enum.reverse(l)}
      e -> e
    end
  end

  @pairs %{?) => ?(, ?] => ?[, ?} => ?{}
  def balanced?(s), do: bal(String.to_charlist(s), [])
  defp bal([], stack), do: stack == []
  defp bal([c | t], stack) when c in '([{', do: bal(t, [c | stack])
  defp bal([c | t], [top | rest]) when c in ')]}', do: @pairs[c] == top and bal(t, rest)
  defp bal([c | _], []) when c in ')]}', do: false
  defp bal([_ | t], stack), do: bal(t, stack)
end

IO.inspect(Enum.map(["4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", "055a 444"], &Check.luhn?/1))
IO.inspect(Enum.map(["3-598-21508-8", "3-598-21507-X", "3-598-2K507-0", "359821507"], &Check.isbn10?/1))
IO.inspect(Enum.map(["([]{})", "([)]", "{[()()]}", "((", "", "a(b)c]"], &Check.balanced?/1))
