# CondClauseError is raised at the line of the last clause's arrow, also when that clause's
# condition is a literal (nil, false) that compiles to no code, or spans lines before its arrow
defmodule CondLines do
  def literal_nil(x) do
    cond do
      x == 2 -> :a
      nil -> :b
    end
  end

  def split_arrow(x) do
    cond do
      x == 2 -> :a
      x ==
        4 ->
        :b
    end
  end
end

x = 3
line = fn g ->
  try do
    g.()
  rescue
    e -> IO.inspect({e, __STACKTRACE__ |> hd() |> elem(3) |> Keyword.get(:line)})
  end
end

line.(fn -> CondLines.literal_nil(x) end)
line.(fn -> CondLines.split_arrow(x) end)
line.(fn ->
  cond do
    x == 2 -> :a
    false -> :b
    nil -> :c
  end
end)
line.(fn ->
  cond do
    nil -> :a
  end
end)
line.(fn ->
  cond do
    x == 2 -> :a
    (
     nil) -> :b
  end
end)
line.(fn ->
  cond do
    x == 2 -> :a
    nil
    ->
      :b
  end
end)
