grid = ~w(CATX ODOG WXYZ BIRD)
rows = Enum.map(grid, &String.graphemes/1)
cols = rows |> Enum.zip() |> Enum.map(&Tuple.to_list/1)
lines = Enum.map(rows, &Enum.join/1) ++ Enum.map(cols, &Enum.join/1)
find = fn word ->
  Enum.find_value(Enum.with_index(lines), fn {line, i} ->
    cond do
      String.contains?(line, word) -> {if(i < 4, do: :row, else: :col), rem(i, 4)}
      String.contains?(line, String.reverse(word)) -> {if(i < 4, do: :row_rev, else: :col_rev), rem(i, 4)}
      true -> nil
    end
  end)
end
for w <- ~w(CAT DOG BIRD COW ZYX TDR FISH), do: IO.puts("#{w}: #{inspect(find.(w))}")
IO.inspect(lines)
