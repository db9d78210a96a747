# Erlang's :dict as OTP 25's: a segmented hash table of [key | value] entries placed with
# :erlang.phash/2 (lib/erlang/hash_segments.ex), so dicts print, compare and list like the BEAM's.
defmodule :dict do
  alias :beamlet_hash_segments, as: Segs

  defguardp is_dict(d) when is_tuple(d) and tuple_size(d) == 9 and elem(d, 0) == :dict

  def new, do: Segs.new(:dict)

  def is_key(key, d) do
    slot = __at_line__(92, get_slot(d, key))
    find_key(key, Segs.bucket(d, slot))
  end

  # OTP reads a dict's fields as a record's: anything else fails with {:badrecord, term} where the
  # slot of a key is computed
  defp get_slot(d, key) when is_dict(d), do: Segs.slot(d, key)
  defp get_slot(d, _key), do: __at_line__(414, :erlang.error({:badrecord, d}))

  defp find_key(k, [[k | _val] | _]), do: true
  defp find_key(k, [_ | bkt]), do: find_key(k, bkt)
  defp find_key(_, []), do: false

  def to_list(d), do: fold(fn key, val, list -> [{key, val} | list] end, [], d)

  def from_list(l), do: :lists.foldl(fn {k, v}, d -> store(k, v, d) end, new(), l)

  def size({:dict, n, _, _, _, _, _, _, _}) when is_integer(n) and n >= 0, do: n

  def is_empty({:dict, n, _, _, _, _, _, _, _}), do: n === 0

  def fetch(key, d) do
    slot = __at_line__(128, get_slot(d, key))

    case find_val(key, Segs.bucket(d, slot)) do
      {:ok, val} -> val
      :error -> __at_line__(132, :erlang.error(:badarg, [key, d]))
    end
  end

  def find(key, d) do
    slot = __at_line__(143, get_slot(d, key))
    find_val(key, Segs.bucket(d, slot))
  end

  defp find_val(k, [[k | val] | _]), do: {:ok, val}
  defp find_val(k, [_ | bkt]), do: find_val(k, bkt)
  defp find_val(_, []), do: :error

  def fetch_keys(d), do: fold(fn key, _val, keys -> [key | keys] end, [], d)

  def erase(key, d0) do
    slot = __at_line__(165, get_slot(d0, key))
    {bkt, dc} = erase_key(key, Segs.bucket(d0, slot))
    Segs.maybe_contract(Segs.put_bucket(d0, slot, bkt), dc)
  end

  defp erase_key(key, [[key | _val] | bkt]), do: {bkt, 1}

  defp erase_key(key, [e | bkt0]) do
    {bkt1, dc} = erase_key(key, bkt0)
    {[e | bkt1], dc}
  end

  defp erase_key(_, []), do: {[], 0}

  def take(key, d0) do
    slot = __at_line__(183, get_slot(d0, key))

    case take_key(key, Segs.bucket(d0, slot)) do
      {bkt, {value, dc}} -> {value, Segs.maybe_contract(Segs.put_bucket(d0, slot, bkt), dc)}
      {_, :error} -> :error
    end
  end

  defp take_key(key, [[key | val] | bkt]), do: {bkt, {val, 1}}

  defp take_key(key, [e | bkt0]) do
    {bkt1, res} = take_key(key, bkt0)
    {[e | bkt1], res}
  end

  defp take_key(_, []), do: {[], :error}

  def store(key, val, d0) do
    slot = __at_line__(202, get_slot(d0, key))
    maybe_expand(on_bucket(d0, slot, &replace_or_add(key, &1, fn _old -> val end, [key | val])))
  end

  def append(key, val, d0) do
    slot = __at_line__(220, get_slot(d0, key))
    maybe_expand(on_bucket(d0, slot, &replace_or_add(key, &1, fn bag -> bag ++ [val] end, [key, val])))
  end

  def append_list(key, l, d0) do
    slot = __at_line__(239, get_slot(d0, key))
    maybe_expand(on_bucket(d0, slot, &replace_or_add(key, &1, fn bag -> bag ++ l end, [key | l])))
  end

  @file "dict.erl"
  def update(key, f, init, d0) do
    slot = __at_line__(335, get_slot(d0, key))
    d1 = __at_line__(336, on_bucket(d0, slot, &update_bkt(key, f, init, &1)))
    maybe_expand(d1)
  end

  @file "dict.erl"
  @beamlet_def_line 340
  defp update_bkt(key, f, _init, [[key | val] | bkt]), do: {[[key | __at_line__(341, f.(val))] | bkt], 0}

  defp update_bkt(key, f, init, [other | bkt0]) do
    {bkt1, ic} = __at_line__(343, update_bkt(key, f, init, bkt0))
    {[other | bkt1], ic}
  end

  defp update_bkt(key, f, init, []) when is_function(f, 1), do: {[[key | init]], 1}

  @file "dict.erl"
  @beamlet_def_line 352
  def update_counter(key, incr, d0) when is_number(incr) do
    slot = __at_line__(353, get_slot(d0, key))
    d1 = __at_line__(354, on_bucket(d0, slot, &counter_bkt(key, incr, &1)))
    maybe_expand(d1)
  end

  @file "dict.erl"
  defp counter_bkt(key, incr, [[key | val] | bkt]), do: {[[key | __at_line__(361, val + incr)] | bkt], 0}

  defp counter_bkt(key, incr, [other | bkt0]) do
    {bkt1, ic} = __at_line__(363, counter_bkt(key, incr, bkt0))
    {[other | bkt1], ic}
  end

  defp counter_bkt(key, incr, []), do: {[[key | incr]], 1}

  # {new bucket, 1 when an entry was added}: the entry keeps its place when it exists
  defp replace_or_add(key, [[key | old] | bkt], f, _new), do: {[[key | f.(old)] | bkt], 0}

  defp replace_or_add(key, [other | bkt0], f, new) do
    {bkt1, ic} = replace_or_add(key, bkt0, f, new)
    {[other | bkt1], ic}
  end

  defp replace_or_add(_key, [], _f, new), do: {[new], 1}

  @file "dict.erl"
  defp on_bucket(d0, slot, f) do
    {bkt, ic} = __at_line__(433, f.(Segs.bucket(d0, slot)))
    {Segs.put_bucket(d0, slot, bkt), ic}
  end

  defp maybe_expand({d, ic}), do: Segs.maybe_expand(d, ic, fn [k | _] -> k end)

  @file "dict.erl"
  def update(key, f, d0) do
    slot = __at_line__(312, get_slot(d0, key))

    case __at_line__(313, on_bucket_found(d0, slot, &update_bkt(key, f, &1))) do
      :missing -> __at_line__(316, :erlang.error(:badarg, [key, f, d0]))
      d -> d
    end
  end

  @file "dict.erl"
  @beamlet_shown_as {:on_bucket, 3}
  defp on_bucket_found(d0, slot, f) do
    case __at_line__(433, f.(Segs.bucket(d0, slot))) do
      :missing -> :missing
      bkt -> Segs.put_bucket(d0, slot, bkt)
    end
  end

  @file "dict.erl"
  defp update_bkt(key, f, [[key | val] | bkt]), do: [[key | __at_line__(320, f.(val))] | bkt]

  defp update_bkt(key, f, [other | bkt0]) do
    case __at_line__(323, update_bkt(key, f, bkt0)) do
      :missing -> :missing
      bkt1 -> [other | bkt1]
    end
  end

  defp update_bkt(_key, _f, []), do: :missing

  # fold, map and filter walk the segments and buckets in OTP's functions, so a fun that fails
  # shows their frames (dict.erl's lines); a table that is no dict is the record's badrecord
  def fold(f, acc, d), do: fold_dict(f, acc, d)

  @file "dict.erl"
  defp fold_dict(f, acc, d) when is_dict(d), do: fold_segs(f, acc, elem(d, 8), tuple_size(elem(d, 8)))
  defp fold_dict(_f, _acc, d), do: __at_line__(448, :erlang.error({:badrecord, d}))

  @file "dict.erl"
  defp fold_segs(f, acc, segs, i) when i >= 1,
    do: fold_segs(f, __at_line__(453, fold_seg(f, acc, elem(segs, i - 1), tuple_size(elem(segs, i - 1)))), segs, i - 1)

  defp fold_segs(f, acc, _, 0) when is_function(f, 3), do: acc

  @file "dict.erl"
  defp fold_seg(f, acc, seg, i) when i >= 1, do: fold_seg(f, __at_line__(457, fold_bucket(f, acc, elem(seg, i - 1))), seg, i - 1)
  defp fold_seg(f, acc, _, 0) when is_function(f, 3), do: acc

  @file "dict.erl"
  @beamlet_def_line 460
  defp fold_bucket(f, acc, [[k | v] | bkt]), do: fold_bucket(f, __at_line__(461, f.(k, v, acc)), bkt)
  defp fold_bucket(f, acc, []) when is_function(f, 3), do: acc

  def map(f, d), do: map_dict(f, d)

  @file "dict.erl"
  defp map_dict(f, d) when is_dict(d) do
    segs = __at_line__(468, map_seg_list(f, Tuple.to_list(elem(d, 8))))
    put_elem(d, 8, List.to_tuple(segs))
  end

  defp map_dict(_f, d), do: __at_line__(467, :erlang.error({:badrecord, d}))

  @file "dict.erl"
  defp map_seg_list(f, [seg | segs]) do
    bkts = __at_line__(473, map_bkt_list(f, Tuple.to_list(seg)))
    [List.to_tuple(bkts) | __at_line__(474, map_seg_list(f, segs))]
  end

  defp map_seg_list(f, []) when is_function(f, 2), do: []

  @file "dict.erl"
  defp map_bkt_list(f, [bkt | bkts]), do: __at_line__(478, [map_bucket(f, bkt) | map_bkt_list(f, bkts)])
  defp map_bkt_list(f, []) when is_function(f, 2), do: []

  @file "dict.erl"
  @beamlet_def_line 481
  defp map_bucket(f, [[k | v] | bkt]), do: __at_line__(482, [[k | f.(k, v)] | map_bucket(f, bkt)])
  defp map_bucket(f, []) when is_function(f, 2), do: []

  def filter(f, d), do: filter_dict(f, d)

  @file "dict.erl"
  defp filter_dict(f, d) when is_dict(d) do
    {segs, removed} = __at_line__(489, filter_seg_list(f, Tuple.to_list(elem(d, 8)), [], 0))
    Segs.maybe_contract(put_elem(d, 8, List.to_tuple(segs)), removed)
  end

  defp filter_dict(_f, d), do: __at_line__(488, :erlang.error({:badrecord, d}))

  @file "dict.erl"
  defp filter_seg_list(f, [seg | segs], done, removed0) do
    {bkts, removed} = __at_line__(494, filter_bkt_list(f, Tuple.to_list(seg), [], removed0))
    filter_seg_list(f, segs, [List.to_tuple(bkts) | done], removed)
  end

  defp filter_seg_list(f, [], done, removed) when is_function(f, 2), do: {:lists.reverse(done, []), removed}

  @file "dict.erl"
  defp filter_bkt_list(f, [bkt | bkts], done, removed0) do
    {kept, removed} = __at_line__(500, filter_bucket(f, bkt, [], removed0))
    filter_bkt_list(f, bkts, [kept | done], removed)
  end

  defp filter_bkt_list(f, [], done, removed) when is_function(f, 2), do: {:lists.reverse(done), removed}

  @file "dict.erl"
  @beamlet_def_line 505
  defp filter_bucket(f, [[k | v] = e | bkt], kept, removed) do
    case __at_line__(506, f.(k, v)) do
      true -> filter_bucket(f, bkt, [e | kept], removed)
      false -> filter_bucket(f, bkt, kept, removed + 1)
      other -> __at_line__(506, :erlang.error({:case_clause, other}))
    end
  end

  defp filter_bucket(f, [], kept, removed) when is_function(f, 2), do: {:lists.reverse(kept), removed}

  # (the smaller dict is folded into the larger; a size that is not a dict's reads as no size)
  def merge(f, d1, d2) when is_dict(d1) and is_dict(d2) and elem(d1, 1) < elem(d2, 1),
    do: fold_dict(fn k, v1, d -> update(k, fn v2 -> f.(k, v1, v2) end, v1, d) end, d2, d1)

  def merge(f, d1, d2), do: fold_dict(fn k, v2, d -> update(k, fn v1 -> f.(k, v1, v2) end, v2, d) end, d1, d2)
end
