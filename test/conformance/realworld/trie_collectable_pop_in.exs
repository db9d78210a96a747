# A trie in nested maps with Collectable, Enumerable and Inspect (container_doc) for its struct,
# and the less common Enum functions over it; deleting a word pops its path with pop_in/2
defmodule Trie do
  @moduledoc "a prefix tree in nested maps; :end marks a word"
  defstruct root: %{}, size: 0

  def new(words \\ []), do: Enum.into(words, %Trie{})

  def insert(%Trie{root: root, size: n} = t, word) do
    path = String.graphemes(word)
    if member?(t, word), do: t, else: %{t | root: put_in(root, Enum.map(path, &Access.key(&1, %{})) ++ [Access.key(:end)], true), size: n + 1}
  end

  def member?(%Trie{root: root}, word), do: get_in(root, String.graphemes(word) ++ [:end]) == true

  def complete(%Trie{root: root}, prefix) do
    node = if prefix == "", do: root, else: get_in(root, String.graphemes(prefix))
    case node do
      nil -> []
      node -> node |> walk(prefix) |> Enum.sort()
    end
  end

  defp walk(node, acc) do
    Enum.flat_map(node, fn
      {:end, true} -> [acc]
      {ch, child} -> walk(child, acc <> ch)
    end)
  end

  def delete(%Trie{} = t, word) do
    if member?(t, word) do
      # pop_in/2, the function, on a field read (pop_in/1 is the macro on a path)
      {true, root} = pop_in(t.root, String.graphemes(word) ++ [:end])
      %{t | root: prune(root), size: t.size - 1}
    else
      t
    end
  end

  defp prune(node) do
    node
    |> Enum.map(fn {:end, v} -> {:end, v}; {k, child} -> {k, prune(child)} end)
    |> Enum.reject(fn {_, v} -> v == %{} end)
    |> Map.new()
  end

  defimpl Collectable do
    def into(trie) do
      {trie, fn
        t, {:cont, w} -> Trie.insert(t, w)
        t, :done -> t
        _, :halt -> :ok
      end}
    end
  end

  defimpl Enumerable do
    def count(t), do: {:ok, t.size}
    def member?(t, w) when is_binary(w), do: {:ok, Trie.member?(t, w)}
    def member?(_, _), do: {:ok, false}
    def slice(_), do: {:error, __MODULE__}
    def reduce(t, acc, fun), do: Enumerable.List.reduce(Trie.complete(t, ""), acc, fun)
  end

  defimpl Inspect do
    import Inspect.Algebra
    def inspect(t, opts) do
      container_doc("#Trie<", Trie.complete(t, ""), ">", %{opts | limit: min(opts.limit, 4)}, &to_doc/2, separator: ",", break: :flex)
    end
  end
end

words = ~w(car cart carbon care cat dog dot do done zebra café)
t = Trie.new(words)
IO.inspect(t)
IO.inspect(t, limit: 2)
IO.inspect(Enum.count(t), label: "count")
IO.inspect(Trie.complete(t, "car"), label: "car*")
IO.inspect(Trie.complete(t, "do"), label: "do*")
IO.inspect(Trie.complete(t, "x"), label: "x*")
IO.inspect({"cat" in t, "ca" in t, :cat in t}, label: "member")
t2 = Trie.delete(t, "carbon") |> Trie.delete("nothing")
IO.inspect(Trie.complete(t2, "car"), label: "after delete")
IO.inspect(t2.size)
IO.inspect(Enum.map(t2, &String.upcase/1) |> Enum.take(3))
IO.inspect(Enum.group_by(t, &String.first/1))
IO.inspect(Enum.chunk_by(t, &String.length/1))
IO.inspect(Enum.zip_with(t, 1..3, fn w, i -> "#{i}:#{w}" end))
IO.inspect(Enum.frequencies_by(t, &String.length/1))
IO.inspect(Enum.min_max_by(t, &String.length/1))
IO.inspect(Enum.slide(Enum.to_list(t), 0, 3) |> Enum.take(4))
IO.inspect(Enum.flat_map_reduce(t, 0, fn w, acc -> if acc > 10, do: {:halt, acc}, else: {[w, String.length(w)], acc + String.length(w)} end))
IO.inspect(Enum.map_intersperse(Enum.take(t, 3), :sep, &String.to_atom/1))
IO.inspect(Enum.dedup_by(t, &String.first/1))
IO.inspect(Enum.scan(Enum.take(t, 5), "", &(&2 <> String.first(&1))))
IO.inspect(Enum.product(1..5), label: "product")
IO.inspect(t.root["c"]["a"] |> Map.keys() |> Enum.sort(), label: "after ca")
IO.inspect(pop_in(t2.root["d"]["o"][:end]) |> elem(0), label: "pop_in/1")
IO.inspect(pop_in(t2.root, ["z", "e"]) |> elem(0), label: "pop_in/2")
IO.inspect(Enum.into(["x", "xy"], Trie.new()) |> Enum.to_list())
IO.inspect(Enum.slice(t, 1..2))
Enum.fetch!(t, 50)
