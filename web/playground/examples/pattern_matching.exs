# Pattern matching: in function heads, case, with and the match operator.
defmodule Shapes do
  def area({:circle, r}), do: Float.round(3.14159 * r * r, 2)
  def area({:rect, w, h}), do: w * h
  def area({:square, s}), do: area({:rect, s, s})
end

for shape <- [{:circle, 2}, {:rect, 3, 4}, {:square, 5}] do
  IO.puts("#{inspect(shape)} has area #{Shapes.area(shape)}")
end

[first, second | rest] = [1, 2, 3, 4, 5]
IO.inspect({first, second, rest})

%{name: name, langs: [fav | _]} = %{name: "José", langs: ["Elixir", "Erlang"]}
IO.puts("#{name} likes #{fav}")

<<version::8, size::16, payload::binary>> = <<1, 0, 5, "hello">>
IO.inspect({version, size, payload})

result =
  with {:ok, a} <- Map.fetch(%{a: 1}, :a),
       {:ok, b} <- Map.fetch(%{b: 2}, :b) do
    a + b
  else
    :error -> :missing
  end

IO.inspect(result, label: "with")

case Integer.parse("42abc") do
  {n, rest} when n > 40 -> IO.puts("big #{n}, rest #{inspect(rest)}")
  {n, _} -> IO.puts("small #{n}")
  :error -> IO.puts("not a number")
end
