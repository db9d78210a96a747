# Erlang's :ordsets and :orddict: ordered lists without duplicates (sets) and sorted {key, value}
# lists (dicts), walked clause by clause as OTP 25's are, so a term that is no such list fails in
# the same function (a FunctionClauseError naming it and its arguments) and a fun that raises
# leaves the same frames: each module's frames name its .erl file, a function at the line of its
# first clause (compiler/library_def_lines_data.ts) and a call inside a body at OTP's line
# (__at_line__). Keys and elements are ordered and matched with == as OTP's are (1 and 1.0 are one).
defmodule :ordsets do
  def new, do: []

  def is_set([e | es]), do: is_set(es, e)
  def is_set([]), do: true
  def is_set(_), do: false

  defp is_set([e2 | es], e1) when e1 < e2, do: is_set(es, e2)
  defp is_set([_ | _], _), do: false
  defp is_set([], _), do: true

  def size(set), do: length(set)
  def is_empty(set), do: set === []
  def to_list(set), do: set
  def from_list(list), do: :lists.usort(list)

  def is_element(e, [h | es]) when e > h, do: is_element(e, es)
  def is_element(e, [h | _]) when e < h, do: false
  def is_element(_, [_ | _]), do: true
  def is_element(_, []), do: false

  def add_element(e, [h | es]) when e > h, do: [h | __at_line__(111, add_element(e, es))]
  def add_element(e, [h | _] = set) when e < h, do: [e | set]
  def add_element(_, [_ | _] = set), do: set
  def add_element(e, []), do: [e]

  def del_element(e, [h | es]) when e > h, do: [h | __at_line__(124, del_element(e, es))]
  def del_element(e, [h | _] = set) when e < h, do: set
  def del_element(_, [_ | es]), do: es
  def del_element(_, []), do: []

  # (the bigger head goes on as the second set: the walk swaps its arguments, as OTP's)
  def union([e1 | es1], [e2 | _] = set2) when e1 < e2, do: [e1 | __at_line__(138, union(es1, set2))]
  def union([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: [e2 | __at_line__(140, union(es2, set1))]
  def union([e1 | es1], [_ | es2]), do: [e1 | __at_line__(142, union(es1, es2))]
  def union([], es2), do: es2
  def union(es1, []), do: es1

  def union(sets), do: :lists.umerge(sets)

  def intersection([e1 | es1], [e2 | _] = set2) when e1 < e2, do: intersection(es1, set2)
  def intersection([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: intersection(es2, set1)
  def intersection([e1 | es1], [_ | es2]), do: [e1 | __at_line__(169, intersection(es1, es2))]
  def intersection([], _), do: []
  def intersection(_, []), do: []

  def intersection([s1, s2 | sets]), do: intersection1(__at_line__(183, intersection(s1, s2)), sets)
  def intersection([s]), do: s

  defp intersection1(s1, [s2 | sets]), do: intersection1(__at_line__(187, intersection(s1, s2)), sets)
  defp intersection1(s1, []), do: s1

  def is_disjoint([e1 | es1], [e2 | _] = set2) when e1 < e2, do: is_disjoint(es1, set2)
  def is_disjoint([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: is_disjoint(es2, set1)
  def is_disjoint([_ | _], [_ | _]), do: false
  def is_disjoint([], _), do: true
  def is_disjoint(_, []), do: true

  def subtract([e1 | es1], [e2 | _] = set2) when e1 < e2, do: [e1 | __at_line__(218, subtract(es1, set2))]
  def subtract([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: subtract(set1, es2)
  def subtract([_ | es1], [_ | es2]), do: subtract(es1, es2)
  def subtract([], _), do: []
  def subtract(es1, []), do: es1

  def is_subset([e1 | _], [e2 | _]) when e1 < e2, do: false
  def is_subset([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: is_subset(set1, es2)
  def is_subset([_ | es1], [_ | es2]), do: is_subset(es1, es2)
  def is_subset([], _), do: true
  def is_subset(_, []), do: false

  def fold(fun, acc, set), do: :lists.foldl(fun, acc, set)
  def filter(pred, set), do: :lists.filter(pred, set)
end

defmodule :orddict do
  def new, do: []

  def is_key(key, [{k, _} | _]) when key < k, do: false
  def is_key(key, [{k, _} | dict]) when key > k, do: is_key(key, dict)
  def is_key(_, [{_, _} | _]), do: true
  def is_key(_, []), do: false

  def to_list(dict), do: dict

  def from_list([]), do: []
  def from_list([{_, _}] = pair), do: pair
  def from_list(pairs), do: :lists.ukeysort(1, __at_line__(64, reverse_pairs(pairs, [])))

  def size(dict), do: length(dict)

  def is_empty([]), do: true
  def is_empty([_ | _]), do: false

  def fetch(key, [{k, _} | dict]) when key > k, do: fetch(key, dict)
  def fetch(key, [{k, value} | _]) when key == k, do: value

  def find(key, [{k, _} | _]) when key < k, do: :error
  def find(key, [{k, _} | dict]) when key > k, do: find(key, dict)
  def find(_, [{_, value} | _]), do: {:ok, value}
  def find(_, []), do: :error

  def fetch_keys([{key, _} | dict]), do: [key | __at_line__(96, fetch_keys(dict))]
  def fetch_keys([]), do: []

  def erase(key, [{k, _} = e | dict]) when key < k, do: [e | dict]
  def erase(key, [{k, _} = e | dict]) when key > k, do: [e | __at_line__(105, erase(key, dict))]
  def erase(_, [{_, _} | dict]), do: dict
  def erase(_, []), do: []

  def take(key, dict), do: take_1(key, dict, [])

  defp take_1(key, [{k, _} | _], _) when key < k, do: :error
  defp take_1(key, [{k, _} = pair | dict], acc) when key > k, do: take_1(key, dict, [pair | acc])
  defp take_1(_, [{_, value} | dict], acc), do: {value, :lists.reverse(acc, dict)}
  defp take_1(_, [], _), do: :error

  def store(key, new, [{k, _} | _] = dict) when key < k, do: [{key, new} | dict]
  def store(key, new, [{k, _} = e | dict]) when key > k, do: [e | __at_line__(133, store(key, new, dict))]
  def store(key, new, [{_, _} | dict]), do: [{key, new} | dict]
  def store(key, new, []), do: [{key, new}]

  def append(key, new, [{k, _} | _] = dict) when key < k, do: [{key, [new]} | dict]
  def append(key, new, [{k, _} = e | dict]) when key > k, do: [e | __at_line__(145, append(key, new, dict))]
  def append(key, new, [{_, old} | dict]), do: [{key, __at_line__(147, old ++ [new])} | dict]
  def append(key, new, []), do: [{key, [new]}]

  def append_list(key, list, [{k, _} | _] = dict) when key < k, do: [{key, list} | dict]
  def append_list(key, list, [{k, _} = e | dict]) when key > k, do: [e | __at_line__(158, append_list(key, list, dict))]
  def append_list(key, list, [{_, old} | dict]), do: [{key, __at_line__(160, old ++ list)} | dict]
  def append_list(key, list, []), do: [{key, list}]

  def update(key, fun, [{k, _} = e | dict]) when key > k, do: [e | __at_line__(170, update(key, fun, dict))]
  def update(key, fun, [{k, value} | dict]) when key == k, do: [{key, __at_line__(172, fun.(value))} | dict]

  def update(key, _, init, [{k, _} | _] = dict) when key < k, do: [{key, init} | dict]
  def update(key, fun, init, [{k, _} = e | dict]) when key > k, do: [e | __at_line__(183, update(key, fun, init, dict))]
  def update(key, fun, _, [{_, value} | dict]), do: [{key, __at_line__(185, fun.(value))} | dict]
  def update(key, _, init, []), do: [{key, init}]

  def update_counter(key, incr, [{k, _} | _] = dict) when key < k, do: [{key, incr} | dict]
  def update_counter(key, incr, [{k, _} = e | dict]) when key > k, do: [e | __at_line__(196, update_counter(key, incr, dict))]
  def update_counter(key, incr, [{_, value} | dict]), do: [{key, __at_line__(198, value + incr)} | dict]
  def update_counter(key, incr, []), do: [{key, incr}]

  def fold(fun, acc, [{key, value} | dict]), do: fold(fun, __at_line__(210, fun.(key, value, acc)), dict)
  def fold(fun, acc, []) when is_function(fun, 3), do: acc

  def map(fun, [{key, value} | dict]), do: [{key, __at_line__(219, fun.(key, value))} | __at_line__(219, map(fun, dict))]
  def map(fun, []) when is_function(fun, 2), do: []

  def filter(fun, [{key, value} = e | dict]) do
    case __at_line__(228, fun.(key, value)) do
      true -> [e | __at_line__(229, filter(fun, dict))]
      false -> filter(fun, dict)
    end
  end

  def filter(fun, []) when is_function(fun, 2), do: []

  def merge(fun, [{k1, _} = e1 | d1], [{k2, _} = e2 | d2]) when k1 < k2, do: [e1 | __at_line__(241, merge(fun, d1, [e2 | d2]))]
  def merge(fun, [{k1, _} = e1 | d1], [{k2, _} = e2 | d2]) when k1 > k2, do: [e2 | __at_line__(243, merge(fun, [e1 | d1], d2))]
  def merge(fun, [{k1, v1} | d1], [{_, v2} | d2]), do: [{k1, __at_line__(245, fun.(k1, v1, v2))} | __at_line__(245, merge(fun, d1, d2))]
  def merge(fun, [], d2) when is_function(fun, 3), do: d2
  def merge(fun, d1, []) when is_function(fun, 3), do: d1

  defp reverse_pairs([{_, _} = pair | rest], acc), do: reverse_pairs(rest, [pair | acc])
  defp reverse_pairs([], acc), do: acc
end
