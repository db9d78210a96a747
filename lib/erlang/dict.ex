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
    on_bucket(d0, slot, &replace_or_add(key, &1, fn _old -> val end, [key | val]))
  end

  def append(key, val, d0) do
    slot = __at_line__(220, get_slot(d0, key))
    on_bucket(d0, slot, &replace_or_add(key, &1, fn bag -> bag ++ [val] end, [key, val]))
  end

  def append_list(key, l, d0) do
    slot = __at_line__(239, get_slot(d0, key))
    on_bucket(d0, slot, &replace_or_add(key, &1, fn bag -> bag ++ l end, [key | l]))
  end

  def update(key, f, init, d0) do
    slot = __at_line__(335, get_slot(d0, key))
    on_bucket(d0, slot, &replace_or_add(key, &1, f, [key | init]))
  end

  def update_counter(key, incr, d0) when is_number(incr) do
    slot = __at_line__(353, get_slot(d0, key))
    on_bucket(d0, slot, &replace_or_add(key, &1, fn val -> val + incr end, [key | incr]))
  end

  # {new bucket, 1 when an entry was added}: the entry keeps its place when it exists
  defp replace_or_add(key, [[key | old] | bkt], f, _new), do: {[[key | f.(old)] | bkt], 0}

  defp replace_or_add(key, [other | bkt0], f, new) do
    {bkt1, ic} = replace_or_add(key, bkt0, f, new)
    {[other | bkt1], ic}
  end

  defp replace_or_add(_key, [], _f, new), do: {[new], 1}

  defp on_bucket(d0, slot, f) do
    {bkt, ic} = f.(Segs.bucket(d0, slot))
    Segs.maybe_expand(Segs.put_bucket(d0, slot, bkt), ic, fn [k | _] -> k end)
  end

  def update(key, f, d0) do
    slot = __at_line__(312, get_slot(d0, key))

    case update_bkt(key, f, Segs.bucket(d0, slot)) do
      :missing -> __at_line__(316, :erlang.error(:badarg, [key, f, d0]))
      bkt -> Segs.put_bucket(d0, slot, bkt)
    end
  end

  defp update_bkt(key, f, [[key | val] | bkt]), do: [[key | f.(val)] | bkt]

  defp update_bkt(key, f, [other | bkt0]) do
    case update_bkt(key, f, bkt0) do
      :missing -> :missing
      bkt1 -> [other | bkt1]
    end
  end

  defp update_bkt(_key, _f, []), do: :missing

  def fold(f, acc, d), do: fold_dict(f, acc, d)

  defp fold_dict(f, acc, {:dict, 0, _, _, _, _, _, _, _}) when is_function(f, 3), do: acc
  defp fold_dict(f, acc, d) when is_dict(d), do: Segs.fold(fn [k | v], acc -> f.(k, v, acc) end, acc, d)
  defp fold_dict(_f, _acc, d), do: __at_line__(448, :erlang.error({:badrecord, d}))

  def map(f, d), do: map_dict(f, d)

  defp map_dict(f, {:dict, 0, _, _, _, _, _, _, _} = d) when is_function(f, 2), do: d
  defp map_dict(f, d) when is_dict(d), do: Segs.map(fn [k | v] -> [k | f.(k, v)] end, d)
  defp map_dict(_f, d), do: __at_line__(467, :erlang.error({:badrecord, d}))

  def filter(f, d), do: filter_dict(f, d)

  defp filter_dict(f, {:dict, 0, _, _, _, _, _, _, _} = d) when is_function(f, 2), do: d
  defp filter_dict(f, d) when is_dict(d), do: Segs.filter(fn [k | v] -> f.(k, v) end, d, true)
  defp filter_dict(_f, d), do: __at_line__(488, :erlang.error({:badrecord, d}))

  # (the smaller dict is folded into the larger; a size that is not a dict's reads as no size)
  def merge(f, d1, d2) when is_dict(d1) and is_dict(d2) and elem(d1, 1) < elem(d2, 1),
    do: fold_dict(fn k, v1, d -> update(k, fn v2 -> f.(k, v1, v2) end, v1, d) end, d2, d1)

  def merge(f, d1, d2), do: fold_dict(fn k, v2, d -> update(k, fn v1 -> f.(k, v1, v2) end, v2, d) end, d1, d2)
end
