defmodule Diff do
  def diff(old, new) do
    keys = MapSet.union(MapSet.new(Map.keys(old)), MapSet.new(Map.keys(new))) |> Enum.sort()
    for k <- keys, reduce: [] do
      acc ->
        case {Map.fetch(old, k), Map.fetch(new, k)} do
          {:error, {:ok, v}} -> [{:added, k, v} | acc]
          {{:ok, v}, :error} -> [{:removed, k, v} | acc]
          {{:ok, v}, {:ok, v}} -> acc
          {{:ok, a}, {:ok, b}} -> [{:changed, k, a, b} | acc]
        end
    end
    |> Enum.reverse()
  end
end

old = %{apples: 5, pears: 2, plums: 7, figs: 1}
new = %{apples: 5, pears: 3, kiwis: 4, figs: 0}
Diff.diff(old, new) |> Enum.each(&IO.inspect/1)
IO.inspect(Diff.diff(%{}, %{}))
IO.inspect(Diff.diff(%{a: [1]}, %{a: [1, 2]}))
