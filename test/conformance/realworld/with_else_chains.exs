defmodule Signup do
  def run(params) do
    with {:ok, name} <- fetch(params, "name"),
         {:ok, age} <- fetch(params, "age"),
         {age, ""} <- Integer.parse(age),
         true <- age >= 18 || {:error, :too_young},
         %{"email" => email} when is_binary(email) <- params do
      {:ok, %{name: name, age: age, email: email}}
    else
      :error -> {:error, :bad_age}
      {_, rest} when is_binary(rest) -> {:error, {:trailing, rest}}
      {:error, _} = err -> err
      %{} -> {:error, :no_email}
    end
  end

  defp fetch(p, k) do
    case Map.fetch(p, k) do
      {:ok, v} -> {:ok, v}
      :error -> {:error, {:missing, k}}
    end
  end
end

IO.inspect(Signup.run(%{"name" => "a", "age" => "20", "email" => "x@y"}))
IO.inspect(Signup.run(%{"name" => "a", "age" => "abc"}))
IO.inspect(Signup.run(%{"name" => "a", "age" => "20x"}))
IO.inspect(Signup.run(%{"name" => "a", "age" => "12"}))
IO.inspect(Signup.run(%{"age" => "12"}))
IO.inspect(Signup.run(%{"name" => "a", "age" => "30"}))

r = with x when x > 0 <- 5, y = x * 2, do: y + 1
IO.inspect(r)
IO.inspect(with {:ok, v} <- {:error, 1}, do: v)
try do
  with {:ok, v} <- {:error, :x} do
    v
  else
    {:error, :y} -> :y
  end
rescue
  e -> IO.inspect(e)
end

for x <- [1, 2, 3], y <- [:a, :b], x != 2, do: {x, y}
|> IO.inspect()
IO.inspect(for x <- 1..10, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for x <- [1, 1, 2, 3, 3], uniq: true, do: x * 10)
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for w <- ~w(apple banana cherry), into: MapSet.new(), do: String.first(w))
IO.inspect(for <<c <- "abc">>, into: [], do: c)
IO.inspect(for {:ok, v} <- [{:ok, 1}, :error, {:ok, 3}], do: v)
IO.inspect(for x <- 1..4, reduce: %{even: [], odd: []} do
  acc when rem(x, 2) == 0 -> Map.update!(acc, :even, &[x | &1])
  acc -> Map.update!(acc, :odd, &[x | &1])
end)
IO.inspect(for(i <- 1..3, j <- i..3, do: {i, j}) |> length())
IO.inspect(for x <- 1..3, into: "", do: "#{x},")
IO.inspect(for x <- [3, 1, 3], uniq: true, into: %{}, do: {x, x})
