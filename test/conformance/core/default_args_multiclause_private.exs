defmodule Tree do
  def render(tree, indent \\ 0)
  def render({name, children}, indent) do
    line = String.duplicate("  ", indent) <> to_string(name)
    [line | Enum.flat_map(children, &render(&1, indent + 1))]
  end
  def render(leaf, indent), do: [String.duplicate("  ", indent) <> "- " <> to_string(leaf)]

  def count(tree, acc \\ 0)
  def count({_, children}, acc), do: Enum.reduce(children, acc + 1, &count/2)
  def count(_leaf, acc), do: acc + 1

  def depth(t), do: do_depth(t, 1)
  defp do_depth({_, []}, d), do: d
  defp do_depth({_, cs}, d), do: cs |> Enum.map(&do_depth(&1, d + 1)) |> Enum.max()
  defp do_depth(_, d), do: d
end

t = {:root, [{:src, [:main, :util, {:lib, [:a, :b]}]}, {:test, [:t1]}, :readme]}
IO.puts(Enum.join(Tree.render(t), "\n"))
IO.inspect(Tree.count(t))
IO.inspect(Tree.depth(t))
IO.inspect(Tree.render(:single, 2))
