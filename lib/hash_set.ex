defmodule HashSet do
  @moduledoc """
  Elixir 1.14's deprecated set (every function warns at the call site; the table is
  compiler/deprecations.ts). The representation is Elixir's, so the order of to_list/1, reduce and
  inspect is too: a trie of 8-slot tuples indexed by successive 3-bit slices of :erlang.phash2/1.
  A slot holds [] (empty), [term] (a leaf) or [term | child] (a term with a subtrie of later
  terms that collided on this slot). Folding walks slots 8..1, a term before its subtrie.
  """

  import Bitwise

  @empty_node {[], [], [], [], [], [], [], []}

  defstruct size: 0, root: @empty_node

  def new, do: %HashSet{}

  def union(%HashSet{size: size1} = set1, %HashSet{size: size2} = set2) when size1 <= size2 do
    fold(set1, set2, &put(&2, &1))
  end

  def union(%HashSet{} = set1, %HashSet{} = set2), do: fold(set2, set1, &put(&2, &1))

  def intersection(%HashSet{} = set1, %HashSet{} = set2) do
    fold(set1, %HashSet{}, fn v, acc -> if member?(set2, v), do: put(acc, v), else: acc end)
  end

  def difference(%HashSet{} = set1, %HashSet{} = set2), do: fold(set2, set1, &delete(&2, &1))

  def to_list(set), do: :lists.reverse(fold(set, [], &[&1 | &2]))

  def equal?(%HashSet{size: size1} = set1, %HashSet{size: size2} = set2) do
    size1 == size2 and subset?(set1, set2)
  end

  def subset?(%HashSet{} = set1, %HashSet{} = set2) do
    reduce(set1, {:cont, true}, fn v, acc ->
      if member?(set2, v), do: {:cont, acc}, else: {:halt, false}
    end)
    |> elem(1)
  end

  def disjoint?(%HashSet{} = set1, %HashSet{} = set2) do
    reduce(set2, {:cont, true}, fn v, acc ->
      if member?(set1, v), do: {:halt, false}, else: {:cont, acc}
    end)
    |> elem(1)
  end

  def member?(%HashSet{root: root}, term), do: member_of_node?(root, term, :erlang.phash2(term))

  def put(%HashSet{root: root, size: size}, term) do
    {root, added} = put_in_node(root, term, :erlang.phash2(term))
    %HashSet{root: root, size: size + added}
  end

  def delete(%HashSet{root: root, size: size} = set, term) do
    case delete_in_node(root, term, :erlang.phash2(term)) do
      {:ok, root} -> %HashSet{root: root, size: size - 1}
      :error -> set
    end
  end

  def size(%HashSet{size: size}), do: size

  @doc false
  def reduce(%HashSet{root: root}, acc, fun) do
    reduce_node(root, acc, fun, 8, fn
      {:suspend, acc} -> {:suspended, acc, &{:done, elem(&1, 1)}}
      {:halt, acc} -> {:halted, acc}
      {:cont, acc} -> {:done, acc}
    end)
  end

  ## the trie

  defp slot(hash), do: (hash &&& 7) + 1
  defp next(hash), do: hash >>> 3

  defp member_of_node?(node, term, hash) do
    case :erlang.element(slot(hash), node) do
      [] -> false
      [^term | _] -> true
      [_] -> false
      [_ | child] -> member_of_node?(child, term, next(hash))
    end
  end

  defp put_in_node(node, term, hash) do
    i = slot(hash)

    case :erlang.element(i, node) do
      [] ->
        {:erlang.setelement(i, node, [term]), 1}

      [^term | _] ->
        {node, 0}

      [t] ->
        child = :erlang.setelement(slot(next(hash)), @empty_node, [term])
        {:erlang.setelement(i, node, [t | child]), 1}

      [t | child] ->
        {child, added} = put_in_node(child, term, next(hash))
        {:erlang.setelement(i, node, [t | child]), added}
    end
  end

  defp delete_in_node(node, term, hash) do
    i = slot(hash)

    case :erlang.element(i, node) do
      [] ->
        :error

      [^term] ->
        {:ok, :erlang.setelement(i, node, [])}

      [_] ->
        :error

      [^term | child] ->
        {:ok, :erlang.setelement(i, node, lift(child, 1))}

      [t | child] ->
        case delete_in_node(child, term, next(hash)) do
          {:ok, @empty_node} -> {:ok, :erlang.setelement(i, node, [t])}
          {:ok, child} -> {:ok, :erlang.setelement(i, node, [t | child])}
          :error -> :error
        end
    end
  end

  # a deleted term's place goes to the first occupied slot of its subtrie (lowest slot first)
  defp lift(node, i) do
    case :erlang.element(i, node) do
      [] ->
        lift(node, i + 1)

      [t] ->
        case :erlang.setelement(i, node, []) do
          @empty_node -> [t]
          rest -> [t | rest]
        end

      [t | child] ->
        [t | :erlang.setelement(i, node, lift(child, 1))]
    end
  end

  defp fold(%HashSet{root: root}, acc, fun), do: fold_node(root, acc, fun, 8)

  defp fold_node(_node, acc, _fun, 0), do: acc

  defp fold_node(node, acc, fun, i) do
    acc =
      case :erlang.element(i, node) do
        [] -> acc
        [t] -> fun.(t, acc)
        [t | child] -> fold_node(child, fun.(t, acc), fun, 8)
      end

    fold_node(node, acc, fun, i - 1)
  end

  defp reduce_slot(_entry, {:halt, acc}, _fun, _next), do: {:halted, acc}

  defp reduce_slot(entry, {:suspend, acc}, fun, next) do
    {:suspended, acc, &reduce_slot(entry, &1, fun, next)}
  end

  defp reduce_slot([], acc, _fun, next), do: next.(acc)
  defp reduce_slot([t], {:cont, acc}, fun, next), do: next.(fun.(t, acc))

  defp reduce_slot([t | child], {:cont, acc}, fun, next) do
    reduce_node(child, fun.(t, acc), fun, 8, next)
  end

  defp reduce_node(_node, acc, _fun, 0, next), do: next.(acc)

  defp reduce_node(node, acc, fun, i, next) do
    reduce_slot(:erlang.element(i, node), acc, fun, &reduce_node(node, &1, fun, i - 1, next))
  end
end

defimpl Enumerable, for: HashSet do
  def reduce(set, acc, fun), do: HashSet.reduce(set, acc, fun)
  def member?(set, term), do: {:ok, HashSet.member?(set, term)}
  def count(set), do: {:ok, HashSet.size(set)}
  def slice(_set), do: {:error, __MODULE__}
end

defimpl Collectable, for: HashSet do
  def into(original) do
    {original,
     fn
       set, {:cont, term} -> HashSet.put(set, term)
       set, :done -> set
       _, :halt -> :ok
     end}
  end
end

defimpl Inspect, for: HashSet do
  def inspect(set, opts) do
    Inspect.Algebra.concat(["#HashSet<", Inspect.List.inspect(HashSet.to_list(set), opts), ">"])
  end
end
