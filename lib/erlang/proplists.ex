# Erlang's :proplists: property lists of {key, value} tuples and bare atoms (an atom is {atom, true}).
defmodule :proplists do
  def property({key, true}) when is_atom(key), do: key
  def property(p), do: p
  def property(key, true) when is_atom(key), do: key
  def property(key, value), do: {key, value}

  def lookup(key, [key | _]) when is_atom(key), do: {key, true}
  def lookup(key, [p | _]) when tuple_size(p) >= 1 and elem(p, 0) === key, do: p
  def lookup(key, [_ | rest]), do: lookup(key, rest)
  def lookup(_key, []), do: :none

  def lookup_all(key, list), do: for(p <- list, match_key?(p, key), do: normalize(p))

  def is_defined(key, list), do: Enum.any?(list, &match_key?(&1, key))

  def get_value(key, list), do: get_value(key, list, :undefined)

  def get_value(key, [key | _], _default) when is_atom(key), do: true
  def get_value(key, [{k, v} | _], _default) when k === key, do: v
  def get_value(key, [p | _], default) when tuple_size(p) >= 1 and elem(p, 0) === key, do: default
  def get_value(key, [_ | rest], default), do: get_value(key, rest, default)
  def get_value(_key, [], default), do: default

  def get_all_values(key, list), do: for({k, v} <- list, k === key, do: v)
  def append_values(key, list), do: Enum.flat_map(get_all_values(key, list) ++ for(^key <- list, do: true), &List.wrap/1)

  def get_bool(key, list) do
    case lookup(key, list) do
      {_, true} -> true
      _ -> false
    end
  end

  def get_keys(list) do
    list |> Enum.flat_map(fn p -> if is_atom(p), do: [p], else: if(is_tuple(p) and tuple_size(p) >= 1, do: [elem(p, 0)], else: []) end) |> :lists.usort()
  end

  def delete(key, list), do: Enum.reject(list, &match_key?(&1, key))

  def compact(list), do: Enum.map(list, &property/1)
  def unfold(list), do: Enum.map(list, fn a when is_atom(a) -> {a, true}; p -> p end)

  def substitute_aliases(aliases, list) do
    Enum.map(list, fn p ->
      key = key_of(p)

      case List.keyfind(aliases, key, 0) do
        {_, new} -> rename(p, new)
        nil -> p
      end
    end)
  end

  def substitute_negations(negations, list) do
    Enum.map(list, fn p ->
      key = key_of(p)

      case List.keyfind(negations, key, 0) do
        {_, new} ->
          case p do
            a when is_atom(a) -> {new, false}
            {_, true} -> {new, false}
            {_, false} -> new
            _ -> p
          end

        nil ->
          p
      end
    end)
  end

  def to_map(list) do
    list |> :lists.reverse() |> Enum.reduce(%{}, fn
      a, acc when is_atom(a) -> Map.put(acc, a, true)
      {k, v}, acc -> Map.put(acc, k, v)
      _, acc -> acc
    end)
  end

  def to_map(list, stages), do: to_map(apply_stages(list, stages))

  def from_map(map), do: :maps.to_list(map)

  # the stages run in order ({:aliases, _}, {:negations, _}, {:expand, _}), then compact/1
  def normalize(list, stages), do: compact(apply_stages(list, stages))

  defp apply_stages(list, [{:aliases, aliases} | rest]), do: apply_stages(substitute_aliases(aliases, list), rest)
  defp apply_stages(list, [{:expand, expansions} | rest]), do: apply_stages(expand(expansions, list), rest)
  defp apply_stages(list, [{:negations, negations} | rest]), do: apply_stages(substitute_negations(negations, list), rest)
  defp apply_stages(list, []), do: list

  # each {property, expansion} (the first of a key only): the first entry of the property's key is
  # replaced by the expansion's terms when it is that property, and the key's later entries go
  def expand(expansions, list) do
    expansions
    |> normal_expansions()
    |> first_of_each_key([])
    |> Enum.reduce(list, fn {p, terms}, acc -> expand_one(p, terms, acc) end)
    |> flatten_expansions()
  end

  # (OTP's list comprehension: other terms are skipped, an improper tail is a bad generator)
  defp normal_expansions([{p, v} | rest]), do: [{property(p), v} | normal_expansions(rest)]
  defp normal_expansions([_ | rest]), do: normal_expansions(rest)
  defp normal_expansions([]), do: []
  defp normal_expansions(other), do: :erlang.error({:bad_generator, other})

  defp first_of_each_key([{p, _} = e | rest], seen) do
    key = key_of(p)
    if key in seen, do: first_of_each_key(rest, seen), else: [e | first_of_each_key(rest, [key | seen])]
  end

  defp first_of_each_key([], _seen), do: []

  defp expand_one(p, terms, list) do
    cond do
      is_atom(p) -> expand_at(p, p, terms, list)
      is_tuple(p) and tuple_size(p) >= 1 -> expand_at(elem(p, 0), p, terms, list)
      true -> list
    end
  end

  # (an expansion already inserted is a list: no key, skipped)
  defp expand_at(key, p, terms, [e | rest]) do
    cond do
      is_atom(e) and e === key -> expanded(key, p, e, terms, rest)
      is_tuple(e) and tuple_size(e) >= 1 and elem(e, 0) === key -> expanded(key, p, property(e), terms, rest)
      true -> [e | expand_at(key, p, terms, rest)]
    end
  end

  defp expand_at(_key, _p, _terms, []), do: []

  defp expanded(key, p, e, terms, rest) do
    if p === e, do: [terms | delete(key, rest)], else: [e | rest]
  end

  defp flatten_expansions([e | rest]) when is_list(e), do: e ++ flatten_expansions(rest)
  defp flatten_expansions([e | rest]), do: [e | flatten_expansions(rest)]
  defp flatten_expansions([]), do: []

  def split(list, keys) do
    {groups, rest} =
      Enum.reduce(list, {Map.new(keys, &{&1, []}), []}, fn p, {groups, rest} ->
        key = key_of(p)
        if Map.has_key?(groups, key), do: {Map.update!(groups, key, &[p | &1]), rest}, else: {groups, [p | rest]}
      end)

    {Enum.map(keys, &:lists.reverse(Map.fetch!(groups, &1))), :lists.reverse(rest)}
  end

  defp key_of(a) when is_atom(a), do: a
  defp key_of(p) when is_tuple(p) and tuple_size(p) >= 1, do: elem(p, 0)
  defp key_of(_), do: :"$beamlet_no_key"

  defp rename(a, new) when is_atom(a), do: new
  defp rename(p, new), do: put_elem(p, 0, new)

  defp match_key?(a, key) when is_atom(a), do: a === key
  defp match_key?(p, key) when is_tuple(p) and tuple_size(p) >= 1, do: elem(p, 0) === key
  defp match_key?(_, _), do: false

  defp normalize(a) when is_atom(a), do: {a, true}
  defp normalize(p), do: p
end
