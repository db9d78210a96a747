defmodule Grade do
  def letter(score) do
    cond do
      score >= 90 -> "A"
      score >= 80 -> "B"
      score >= 70 -> "C"
      true -> "F"
    end
  end

  def sign(n) do
    if n > 0, do: :pos, else: if(n < 0, do: :neg, else: :zero)
  end
end

Enum.each([95, 85, 72, 10], fn s -> IO.puts("#{s} -> #{Grade.letter(s)}") end)
IO.inspect(Enum.map([-2, 0, 3], &Grade.sign/1))
x = if true, do: 1
y = if false, do: 1
IO.inspect({x, y})
unless 1 > 2 do
  IO.puts("unless body")
else
  IO.puts("unless else")
end
IO.inspect(unless(true, do: :never))
v = if nil do
  :truthy
else
  :falsy
end
IO.inspect(v)
IO.inspect(if 0, do: :zero_truthy)
try do
  cond do
    1 > 2 -> :no
  end
rescue
  e in CondClauseError -> IO.puts(Exception.message(e))
end
r = cond do
  nil -> :a
  false -> :b
  [] -> :empty_list_truthy
end
IO.inspect(r)
