# Erlang's :proplists: property lists of {key, value} tuples and bare atoms. Lookups walk the list clause by clause as OTP 25's do: a bare atom is {atom, true}, a tuple's
# first element is its key (compared with ===), other terms are skipped, and a term that is no list
# fails in the same function; frames name proplists.erl at OTP's lines (a function's first clause
# from compiler/library_def_lines_data.ts, a call inside a body through __at_line__).
defmodule :proplists do
  def property({key, true}) when is_atom(key), do: key
  def property(p), do: p
  def property(key, true) when is_atom(key), do: key
  def property(key, value), do: {key, value}

  def unfold([p | ps]) when is_atom(p), do: [{p, true} | __at_line__(98, unfold(ps))]
  def unfold([p | ps]), do: [p | __at_line__(100, unfold(ps))]
  def unfold([]), do: []

  def compact(list), do: unquote(:"-compact/1-lc$^0/1-0-")(list)

  # (OTP's list comprehensions: a function of their own, an improper tail a bad generator)
  @beamlet_def_line 116
  defp unquote(:"-compact/1-lc$^0/1-0-")([p | ps]), do: [property(p) | unquote(:"-compact/1-lc$^0/1-0-")(ps)]
  defp unquote(:"-compact/1-lc$^0/1-0-")([]), do: []
  defp unquote(:"-compact/1-lc$^0/1-0-")(other), do: __at_line__(116, :erlang.error({:bad_generator, other}))

  def lookup(key, [p | ps]) do
    cond do
      p === key and is_atom(p) -> {key, true}
      keyed?(p, key) -> p
      true -> lookup(key, ps)
    end
  end

  def lookup(_, []), do: :none

  def lookup_all(key, [p | ps]) do
    cond do
      p === key and is_atom(p) -> [{key, true} | __at_line__(158, lookup_all(key, ps))]
      keyed?(p, key) -> [p | __at_line__(160, lookup_all(key, ps))]
      true -> lookup_all(key, ps)
    end
  end

  def lookup_all(_, []), do: []

  def is_defined(key, [p | ps]) do
    cond do
      p === key and is_atom(p) -> true
      keyed?(p, key) -> true
      true -> is_defined(key, ps)
    end
  end

  def is_defined(_, []), do: false

  def get_value(key, list), do: get_value(key, list, :undefined)

  # (a tuple of the key that is no pair gives the default)
  def get_value(key, [p | ps], default) do
    cond do
      p === key and is_atom(p) -> true
      keyed?(p, key) -> if tuple_size(p) == 2, do: elem(p, 1), else: default
      true -> get_value(key, ps, default)
    end
  end

  def get_value(_, [], default), do: default

  def get_all_values(key, [p | ps]) do
    cond do
      p === key and is_atom(p) -> [true | __at_line__(246, get_all_values(key, ps))]
      keyed?(p, key) and tuple_size(p) == 2 -> [elem(p, 1) | __at_line__(250, get_all_values(key, ps))]
      true -> get_all_values(key, ps)
    end
  end

  def get_all_values(_, []), do: []

  # (a list value is spliced in, any other one added)
  def append_values(key, [p | ps]) do
    cond do
      p === key and is_atom(p) -> [true | __at_line__(276, append_values(key, ps))]
      keyed?(p, key) and tuple_size(p) == 2 and is_list(elem(p, 1)) -> elem(p, 1) ++ __at_line__(280, append_values(key, ps))
      keyed?(p, key) and tuple_size(p) == 2 -> [elem(p, 1) | __at_line__(282, append_values(key, ps))]
      true -> append_values(key, ps)
    end
  end

  def append_values(_, []), do: []

  def get_bool(key, [p | ps]) do
    cond do
      p === key and is_atom(p) -> true
      keyed?(p, key) -> tuple_size(p) == 2 and elem(p, 1) === true
      true -> get_bool(key, ps)
    end
  end

  def get_bool(_, []), do: false

  # (collected in a :sets set, so listed in its hash order as OTP's)
  def get_keys(list), do: :sets.to_list(__at_line__(334, get_keys(list, :sets.new())))

  defp get_keys([p | ps], keys) do
    cond do
      is_atom(p) -> get_keys(ps, __at_line__(338, :sets.add_element(p, keys)))
      is_tuple(p) and tuple_size(p) >= 1 -> get_keys(ps, __at_line__(340, :sets.add_element(elem(p, 0), keys)))
      true -> get_keys(ps, keys)
    end
  end

  defp get_keys([], keys), do: keys

  def delete(key, [p | ps]) do
    cond do
      p === key and is_atom(p) -> delete(key, ps)
      keyed?(p, key) -> delete(key, ps)
      true -> [p | __at_line__(363, delete(key, ps))]
    end
  end

  def delete(_, []), do: []

  # (a renamed {key, true} becomes the bare atom, as property/1 compacts it)
  def substitute_aliases(aliases, list), do: unquote(:"-substitute_aliases/2-lc$^0/1-0-")(list, aliases)

  @beamlet_def_line 393
  defp unquote(:"-substitute_aliases/2-lc$^0/1-0-")([p | ps], aliases),
    do: [__at_line__(393, substitute_aliases_1(aliases, p)) | unquote(:"-substitute_aliases/2-lc$^0/1-0-")(ps, aliases)]

  defp unquote(:"-substitute_aliases/2-lc$^0/1-0-")([], _), do: []
  defp unquote(:"-substitute_aliases/2-lc$^0/1-0-")(other, _), do: __at_line__(393, :erlang.error({:bad_generator, other}))

  defp substitute_aliases_1([{key, key1} | aliases], p) do
    cond do
      p === key and is_atom(p) -> property(key1, true)
      keyed?(p, key) -> property(put_elem(p, 0, key1))
      true -> substitute_aliases_1(aliases, p)
    end
  end

  defp substitute_aliases_1([], p), do: p

  # (a bare atom or {key, true} becomes {key1, false}, any other value of the key key1 itself)
  def substitute_negations(negations, list), do: unquote(:"-substitute_negations/2-lc$^0/1-0-")(list, negations)

  @beamlet_def_line 437
  defp unquote(:"-substitute_negations/2-lc$^0/1-0-")([p | ps], negations),
    do: [__at_line__(437, substitute_negations_1(negations, p)) | unquote(:"-substitute_negations/2-lc$^0/1-0-")(ps, negations)]

  defp unquote(:"-substitute_negations/2-lc$^0/1-0-")([], _), do: []
  defp unquote(:"-substitute_negations/2-lc$^0/1-0-")(other, _), do: __at_line__(437, :erlang.error({:bad_generator, other}))

  defp substitute_negations_1([{key, key1} | negations], p) do
    cond do
      p === key and is_atom(p) -> property(key1, false)
      keyed?(p, key) -> property(key1, not (tuple_size(p) == 2 and elem(p, 1) === true))
      true -> substitute_negations_1(negations, p)
    end
  end

  defp substitute_negations_1([], p), do: p

  # (folded from the right, so a key's first entry wins; a tuple of it that is no pair removes it)
  def to_map(list) do
    :lists.foldr(
      fn
        {k, v}, m -> Map.put(m, k, v)
        t, m when is_tuple(t) and tuple_size(t) >= 1 -> Map.delete(m, elem(t, 0))
        k, m when is_atom(k) -> Map.put(m, k, true)
        _, m -> m
      end,
      %{},
      list
    )
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
    __at_line__(503, unquote(:"-expand/2-lc$^0/1-0-")(expansions))
    |> first_of_each_key([])
    |> Enum.reduce(list, fn {p, terms}, acc -> expand_one(p, terms, acc) end)
    |> flatten_expansions()
  end

  # (OTP's list comprehension, named and placed as its compiler makes it: other terms are skipped,
  # an improper tail is a bad generator)
  defp unquote(:"-expand/2-lc$^0/1-0-")([{p, v} | rest]), do: [{property(p), v} | __at_line__(503, unquote(:"-expand/2-lc$^0/1-0-")(rest))]
  defp unquote(:"-expand/2-lc$^0/1-0-")([_ | rest]), do: unquote(:"-expand/2-lc$^0/1-0-")(rest)
  defp unquote(:"-expand/2-lc$^0/1-0-")([]), do: []
  defp unquote(:"-expand/2-lc$^0/1-0-")(other), do: __at_line__(503, :erlang.error({:bad_generator, other}))

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

  defp keyed?(p, key), do: is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key

  defp key_of(a) when is_atom(a), do: a
  defp key_of(p) when is_tuple(p) and tuple_size(p) >= 1, do: elem(p, 0)
  defp key_of(_), do: :"$beamlet_no_key"
end
