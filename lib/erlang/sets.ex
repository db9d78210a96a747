# Erlang's :sets as OTP 25's: version 1 (the default) is the segmented hash table of
# lib/erlang/hash_segments.ex placed with :erlang.phash/2, so sets print and list in the BEAM's
# order; version 2 ([version: 2]) is a map of element => [].
defmodule :sets do
  alias :beamlet_hash_segments, as: Segs

  defguardp is_v1(s) when is_tuple(s) and tuple_size(s) == 9 and elem(s, 0) == :set

  def new, do: Segs.new(:set)

  def new([{:version, 2}]), do: %{}

  def new(opts) do
    case :proplists.get_value(:version, opts, 1) do
      1 -> new()
      2 -> new([{:version, 2}])
    end
  end

  def from_list(ls), do: :lists.foldl(fn e, s -> add_element(e, s) end, new(), ls)

  def from_list(ls, [{:version, 2}]), do: :maps.from_keys(ls, [])

  def from_list(ls, opts) do
    case :proplists.get_value(:version, opts, 1) do
      1 -> from_list(ls)
      2 -> from_list(ls, [{:version, 2}])
    end
  end

  def is_set(%{}), do: true
  def is_set(s) when is_v1(s), do: true
  def is_set(_), do: false

  def size(%{} = s), do: map_size(s)
  def size(s) when is_v1(s), do: elem(s, 1)

  def is_empty(%{} = s), do: map_size(s) === 0
  def is_empty(s) when is_v1(s), do: elem(s, 1) === 0

  def to_list(%{} = s), do: :maps.keys(s)
  def to_list(s) when is_v1(s), do: fold(fn e, list -> [e | list] end, [], s)

  def is_element(e, %{} = s), do: is_map_key(s, e)
  def is_element(e, s) when is_v1(s), do: :lists.member(e, Segs.bucket(s, Segs.slot(s, e)))

  def add_element(e, %{} = s), do: Map.put(s, e, [])

  def add_element(e, s0) when is_v1(s0) do
    slot = Segs.slot(s0, e)
    bkt = Segs.bucket(s0, slot)

    if :lists.member(e, bkt),
      do: s0,
      else: Segs.maybe_expand(Segs.put_bucket(s0, slot, [e | bkt]), 1, & &1)
  end

  def del_element(e, %{} = s), do: :maps.remove(e, s)

  def del_element(e, s0) when is_v1(s0) do
    slot = Segs.slot(s0, e)
    bkt = Segs.bucket(s0, slot)

    if :lists.member(e, bkt),
      do: Segs.maybe_contract(Segs.put_bucket(s0, slot, :lists.delete(e, bkt)), 1),
      else: s0
  end

  def union(%{} = s1, %{} = s2), do: Map.merge(s1, s2)

  def union(s1, s2) do
    if size(s1) < size(s2),
      do: fold(&add_element/2, s2, s1),
      else: fold(&add_element/2, s1, s2)
  end

  def union([s1, s2 | ss]), do: union1(union(s1, s2), ss)
  def union([s]), do: s
  def union([]), do: new()

  defp union1(s1, [s2 | ss]), do: union1(union(s1, s2), ss)
  defp union1(s1, []), do: s1

  def intersection(%{} = s1, %{} = s2) do
    {small, big} = if map_size(s1) < map_size(s2), do: {s1, s2}, else: {s2, s1}
    Map.filter(small, fn {k, _} -> is_map_key(big, k) end)
  end

  def intersection(s1, s2) do
    if size(s1) < size(s2),
      do: filter(&is_element(&1, s2), s1),
      else: filter(&is_element(&1, s1), s2)
  end

  def intersection([s1, s2 | ss]), do: intersection1(intersection(s1, s2), ss)
  def intersection([s]), do: s

  defp intersection1(s1, [s2 | ss]), do: intersection1(intersection(s1, s2), ss)
  defp intersection1(s1, []), do: s1

  def is_disjoint(%{} = s1, %{} = s2) do
    {small, big} = if map_size(s1) < map_size(s2), do: {s1, s2}, else: {s2, s1}
    not Enum.any?(:maps.keys(small), &is_map_key(big, &1))
  end

  def is_disjoint(s1, s2) do
    {small, big} = if size(s1) < size(s2), do: {s1, s2}, else: {s2, s1}
    fold(fn
      _, false -> false
      e, true -> not is_element(e, big)
    end, true, small)
  end

  def subtract(%{} = s1, %{} = s2), do: Map.filter(s1, fn {k, _} -> not is_map_key(s2, k) end)
  def subtract(s1, s2), do: filter(fn e -> not is_element(e, s2) end, s1)

  def is_subset(%{} = s1, %{} = s2) do
    map_size(s1) <= map_size(s2) and Enum.all?(:maps.keys(s1), &is_map_key(s2, &1))
  end

  def is_subset(s1, s2), do: fold(fn e, sub -> sub and is_element(e, s2) end, true, s1)

  # a version 2 set (a map) is walked as OTP 25's fold_1/filter_1 walk its maps iterator: in
  # iteration order (past 32 elements not :maps.keys's), in their frames at sets.erl's lines
  def fold(f, acc, %{} = d) when is_function(f, 2), do: fold_1(f, acc, :beamlet.map_iteration_list(d))
  def fold(f, acc, d) when is_function(f, 2) and is_v1(d), do: fold_segs(f, acc, elem(d, 8), tuple_size(elem(d, 8)))

  # a version 1 set is walked in OTP's functions, so a fun that fails shows their frames
  @file "sets.erl"
  defp fold_segs(f, acc, segs, i) when i >= 1,
    do: fold_segs(f, __at_line__(495, fold_seg(f, acc, elem(segs, i - 1), tuple_size(elem(segs, i - 1)))), segs, i - 1)

  defp fold_segs(_f, acc, _, _), do: acc

  @file "sets.erl"
  defp fold_seg(f, acc, seg, i) when i >= 1, do: fold_seg(f, __at_line__(499, fold_bucket(f, acc, elem(seg, i - 1))), seg, i - 1)
  defp fold_seg(_f, acc, _, _), do: acc

  @file "sets.erl"
  defp fold_bucket(f, acc, [e | bkt]), do: fold_bucket(f, __at_line__(503, f.(e, acc)), bkt)
  defp fold_bucket(_f, acc, []), do: acc

  @file "sets.erl"
  @beamlet_frame_line 437
  defp fold_1(f, acc, [{e, _} | rest]), do: fold_1(f, f.(e, acc), rest)
  defp fold_1(_f, acc, []), do: acc

  @file "sets.erl"
  @beamlet_def_line 448
  def filter(f, %{} = d) when is_function(f, 1), do: :maps.from_keys(__at_line__(449, filter_1(f, :beamlet.map_iteration_list(d))), [])

  # (body-recursive as OTP's: the BEAM shows a repeated return address once, so the elements after
  # a kept one are a loop shown as filter_1; a result other than true/false is the case's case_clause)
  @file "sets.erl"
  defp filter_1(f, [{e, _} | rest]) do
    case __at_line__(456, f.(e)) do
      true -> [e | __at_line__(458, filter_1_rest(f, rest, []))]
      false -> filter_1(f, rest)
      other -> __at_line__(456, :erlang.error({:case_clause, other}))
    end
  end

  defp filter_1(_f, []), do: []

  @file "sets.erl"
  @beamlet_shown_as {:filter_1, 2}
  defp filter_1_rest(f, [{e, _} | rest], acc) do
    case __at_line__(456, f.(e)) do
      true -> filter_1_rest(f, rest, [e | acc])
      false -> filter_1_rest(f, rest, acc)
      other -> __at_line__(456, :erlang.error({:case_clause, other}))
    end
  end

  defp filter_1_rest(_f, [], acc), do: :lists.reverse(acc)
  def filter(f, d) when is_function(f, 1) and is_v1(d), do: filter_set(f, d)

  @file "sets.erl"
  defp filter_set(f, d) do
    {segs, removed} = __at_line__(508, filter_seg_list(f, Tuple.to_list(elem(d, 8)), [], 0))
    Segs.maybe_contract(put_elem(d, 8, List.to_tuple(segs)), removed)
  end

  @file "sets.erl"
  defp filter_seg_list(f, [seg | segs], done, removed0) do
    {bkts, removed} = __at_line__(513, filter_bkt_list(f, Tuple.to_list(seg), [], removed0))
    filter_seg_list(f, segs, [List.to_tuple(bkts) | done], removed)
  end

  defp filter_seg_list(_f, [], done, removed), do: {:lists.reverse(done, []), removed}

  @file "sets.erl"
  defp filter_bkt_list(f, [bkt | bkts], done, removed0) do
    {kept, removed} = __at_line__(519, filter_bucket(f, bkt, [], removed0))
    filter_bkt_list(f, bkts, [kept | done], removed)
  end

  defp filter_bkt_list(_f, [], done, removed), do: {:lists.reverse(done), removed}

  # (the kept elements stay reversed in their bucket, as OTP's)
  @file "sets.erl"
  defp filter_bucket(f, [e | bkt], kept, removed) do
    case __at_line__(525, f.(e)) do
      true -> filter_bucket(f, bkt, [e | kept], removed)
      false -> filter_bucket(f, bkt, kept, removed + 1)
      other -> __at_line__(525, :erlang.error({:case_clause, other}))
    end
  end

  defp filter_bucket(_f, [], kept, removed), do: {kept, removed}
end
