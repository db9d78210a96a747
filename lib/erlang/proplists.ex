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

  def from_map(map), do: :maps.to_list(map)

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
