# The segmented linear hash table behind OTP 25's :dict and :sets (version 1):
# {tag, size, n, maxn, bso, exp_size, con_size, empty_segment, segments}. Buckets are found with
# :erlang.phash/2 and the table grows and shrinks one bucket at a time exactly as OTP's, so a
# dict or set prints and lists its elements in the BEAM's order.
defmodule :beamlet_hash_segments do
  @seg_size 16
  @expand_load 5
  @contract_load 3

  def new(tag) do
    empty = List.to_tuple(List.duplicate([], @seg_size))
    {tag, 0, @seg_size, @seg_size, div(@seg_size, 2), @seg_size * @expand_load,
     @seg_size * @contract_load, empty, {empty}}
  end

  def size(t), do: elem(t, 1)

  def slot(t, key) do
    h = :erlang.phash(key, elem(t, 3))
    if h > elem(t, 2), do: h - elem(t, 4), else: h
  end

  def bucket(t, slot), do: get_bucket_s(elem(t, 8), slot)

  def put_bucket(t, slot, bkt), do: put_elem(t, 8, put_bucket_s(elem(t, 8), slot, bkt))

  defp get_bucket_s(segs, slot) do
    elem(elem(segs, div(slot - 1, @seg_size)), rem(slot - 1, @seg_size))
  end

  defp put_bucket_s(segs, slot, bkt) do
    seg_i = div(slot - 1, @seg_size)
    put_elem(segs, seg_i, put_elem(elem(segs, seg_i), rem(slot - 1, @seg_size), bkt))
  end

  @doc "after adding `ic` (0 or 1) entries: split one bucket when the load passes the limit"
  def maybe_expand(t0, ic, key_of) do
    {tag, size, _n, _maxn, _bso, exp_size, _con, _empty, _segs} = t0

    if size + ic > exp_size do
      {^tag, _, n0, maxn, bso, _, _, empty, segs0} = maybe_expand_segs(t0)
      n = n0 + 1
      slot1 = n - bso
      {b1, b2} = rehash(get_bucket_s(segs0, slot1), slot1, n, maxn, key_of)
      segs = segs0 |> put_bucket_s(slot1, b1) |> put_bucket_s(n, b2)
      {tag, size + ic, n, maxn, bso, n * @expand_load, n * @contract_load, empty, segs}
    else
      put_elem(t0, 1, size + ic)
    end
  end

  defp maybe_expand_segs({tag, size, n, n, bso, exp, con, empty, segs}) do
    grown = List.to_tuple(Tuple.to_list(segs) ++ List.duplicate(empty, tuple_size(segs)))
    {tag, size, n, 2 * n, 2 * bso, exp, con, empty, grown}
  end

  defp maybe_expand_segs(t), do: t

  # splits a bucket keeping the entries' relative order in both halves
  defp rehash([e | rest], slot1, slot2, maxn, key_of) do
    {l1, l2} = rehash(rest, slot1, slot2, maxn, key_of)

    case :erlang.phash(key_of.(e), maxn) do
      ^slot1 -> {[e | l1], l2}
      ^slot2 -> {l1, [e | l2]}
    end
  end

  defp rehash([], _, _, _, _), do: {[], []}

  @doc "after removing `dc` entries: merge the last bucket back when the load falls under the limit"
  def maybe_contract({tag, size, n, maxn, bso, _exp, con, empty, segs0}, dc) when size - dc < con and n > 16 do
    slot1 = n - bso
    b1 = get_bucket_s(segs0, slot1)
    b2 = get_bucket_s(segs0, n)
    segs = segs0 |> put_bucket_s(slot1, b1 ++ b2) |> put_bucket_s(n, [])
    n1 = n - 1
    t = {tag, size - dc, n1, maxn, bso, n1 * @expand_load, n1 * @contract_load, empty, segs}

    if n1 == bso do
      half = List.to_tuple(Enum.take(Tuple.to_list(segs), div(tuple_size(segs), 2)))
      {tag, size - dc, n1, div(maxn, 2), div(bso, 2), n1 * @expand_load, n1 * @contract_load, empty, half}
    else
      t
    end
  end

  def maybe_contract(t, dc), do: put_elem(t, 1, elem(t, 1) - dc)
end
