defmodule Search do
  def find_first(tree, pred) do
    try do
      walk(tree, pred)
      :not_found
    catch
      {:found, v} -> {:found, v}
    end
  end

  defp walk(list, pred) when is_list(list), do: Enum.each(list, &walk(&1, pred))
  defp walk({_, _} = t, pred), do: t |> Tuple.to_list() |> walk(pred)
  defp walk(v, pred), do: if(pred.(v), do: throw({:found, v}), else: :ok)
end

tree = [1, [2, {3, [4, 5]}], 6, [[7, {8, 9}]]]
IO.inspect(Search.find_first(tree, &(&1 > 4)))
IO.inspect(Search.find_first(tree, &(rem(&1, 7) == 0)))
IO.inspect(Search.find_first(tree, &(&1 > 100)))
r = catch_throw = (try do throw(:x) catch :throw, v -> {:caught, v} end)
IO.inspect({r, catch_throw})
try do
  throw(%{complex: [1, 2]})
catch
  %{complex: [a | _]} -> IO.inspect(a, label: "matched throw pattern")
end
try do
  try do
    throw(:inner)
  catch
    :other -> :wrong
  end
catch
  :inner -> IO.puts("rethrown to outer")
end
