defmodule Parse do
  def safe_int(s) do
    try do
      {:ok, String.to_integer(s)}
    rescue
      ArgumentError -> {:error, s}
    end
  end
end

inputs = ~w(1 2 x 4 5.5 -6 seven 8)
results = Enum.map(inputs, &Parse.safe_int/1)
IO.inspect(results)
{oks, errs} = Enum.split_with(results, &match?({:ok, _}, &1))
IO.inspect(oks |> Enum.map(&elem(&1, 1)) |> Enum.sum())
IO.inspect(Enum.map(errs, &elem(&1, 1)))
first_bad =
  try do
    Enum.each(inputs, fn s ->
      case Integer.parse(s) do
        {_, ""} -> :ok
        _ -> throw({:bad, s})
      end
    end)
    :all_good
  catch
    {:bad, s} -> s
  end
IO.inspect(first_bad)
count = Enum.reduce(1..10, 0, fn i, acc ->
  try do
    if rem(i, 3) == 0, do: raise("div by 3")
    acc + 1
  rescue
    _ -> acc
  end
end)
IO.inspect(count)
