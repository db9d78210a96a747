defmodule :unicode_util do
  @moduledoc false
  # OTP 25's unicode_util:cp/1 and gc/1: the first code point or grapheme cluster of chardata and
  # the rest. The rest keeps the input's structure (lists of binaries and lists, nested), in the
  # shape OTP's clauses leave it: :string's functions on such chardata return pieces of it, so
  # programs print those shapes. Where a cluster ends is Unicode's rule (the VM's segmenter,
  # :beamlet.first_grapheme_length/1); what is returned around it is decided here.

  def whitespace, do: [[13, 10], 9, 10, 11, 12, 13, 32, 133, 8206, 8207, 8232, 8233]

  # ---- cp/1: a list whose head is a code point as it is; else unwrap nested heads, keeping a
  # few code points unpacked ahead (the cont functions) so that gc/1 need not unwrap again
  def cp([c | _] = l) when is_integer(c), do: l
  def cp([list]), do: cp(list)
  def cp([list | r]), do: cpl(list, r)
  def cp([]), do: []
  def cp(<<c::utf8, r::binary>>), do: [c | r]
  def cp(<<>>), do: []
  def cp(<<r::binary>>), do: {:error, r}

  defp cpl([c], r) when is_integer(c), do: [c | cpl_1_cont(r)]
  defp cpl([c | t], r) when is_integer(c), do: [c | cpl_cont(t, r)]
  defp cpl([list], r), do: cpl(list, r)
  defp cpl([list | t], r), do: cpl(list, [t | r])
  defp cpl([], r), do: cp(r)
  defp cpl(<<c::utf8, t::binary>>, r), do: [c, t | r]
  defp cpl(<<>>, r), do: cp(r)
  defp cpl(<<b::binary>>, r), do: {:error, [b | r]}

  defp cpl_cont([c | t], r) when is_integer(c), do: [c | cpl_cont2(t, r)]
  defp cpl_cont([l], r), do: cpl_cont(l, r)
  defp cpl_cont([l | t], r), do: cpl_cont(l, [t | r])
  defp cpl_cont([], r), do: cpl_1_cont(r)
  defp cpl_cont(t, r), do: [t | r]

  defp cpl_cont2([c | t], r) when is_integer(c), do: [c | cpl_cont3(t, r)]
  defp cpl_cont2([l], r), do: cpl_cont2(l, r)
  defp cpl_cont2([l | t], r), do: cpl_cont2(l, [t | r])
  defp cpl_cont2([], r), do: cpl_1_cont2(r)
  defp cpl_cont2(t, r), do: [t | r]

  defp cpl_cont3([c], r) when is_integer(c), do: [c | r]
  defp cpl_cont3([c | t], r) when is_integer(c), do: [c, t | r]
  defp cpl_cont3([l], r), do: cpl_cont3(l, r)
  defp cpl_cont3([l | t], r), do: cpl_cont3(l, [t | r])
  defp cpl_cont3([], r), do: cpl_1_cont3(r)
  defp cpl_cont3(t, r), do: [t | r]

  defp cpl_1_cont([c | t]) when is_integer(c), do: [c | cpl_1_cont2(t)]
  defp cpl_1_cont([l]), do: cpl_1_cont(l)
  defp cpl_1_cont([l | t]), do: cpl_cont(l, t)
  defp cpl_1_cont(t), do: t

  defp cpl_1_cont2([c | t]) when is_integer(c), do: [c | cpl_1_cont3(t)]
  defp cpl_1_cont2([l]), do: cpl_1_cont2(l)
  defp cpl_1_cont2([l | t]), do: cpl_cont2(l, t)
  defp cpl_1_cont2(t), do: t

  defp cpl_1_cont3([c | _] = t) when is_integer(c), do: t
  defp cpl_1_cont3([l]), do: cpl_1_cont3(l)
  defp cpl_1_cont3([l | t]), do: cpl_cont3(l, t)
  defp cpl_1_cont3(t), do: t

  # cp/1 that stops at a binary (gc/1's Latin-1 path keeps a binary tail whole)
  defp cp_no_bin([c | _] = l) when is_integer(c), do: l
  defp cp_no_bin([list]), do: cp_no_bin(list)
  defp cp_no_bin([list | r]), do: cp_no_binl(list, r)
  defp cp_no_bin([]), do: []
  defp cp_no_bin(_), do: :binary_found

  defp cp_no_binl([c], r) when is_integer(c), do: [c | cpl_1_cont(r)]
  defp cp_no_binl([c | t], r) when is_integer(c), do: [c | cpl_cont(t, r)]
  defp cp_no_binl([list], r), do: cp_no_binl(list, r)
  defp cp_no_binl([list | t], r), do: cp_no_binl(list, [t | r])
  defp cp_no_binl([], r), do: cp_no_bin(r)
  defp cp_no_binl(_, _), do: :binary_found

  # ---- gc/1
  def gc([] = r), do: r
  def gc([c] = r) when is_integer(c), do: r

  def gc([?\r | r0]) do
    case cp(r0) do
      [?\n | r1] -> [[?\r, ?\n] | r1]
      t -> [?\r | t]
    end
  end

  def gc([c1 | t1] = t) when c1 < 256 do
    case t1 do
      [c2 | _] when c2 < 256 -> t
      _ ->
        case cp_no_bin(t1) do
          [c2 | _] = t3 when c2 < 256 -> [c1 | t3]
          :binary_found -> gc_1(t)
          t4 -> gc_1([c1 | t4])
        end
    end
  end

  def gc(<<>>), do: []

  def gc(<<c1::utf8, rest::binary>>) do
    case rest do
      <<c2::utf8, _::binary>> when c1 < 256 and c1 != ?\r and c2 < 256 -> [c1 | rest]
      _ -> gc_1([c1 | rest])
    end
  end

  def gc([c | _] = t) when is_integer(c), do: gc_1(t)

  def gc(str) do
    case cp(str) do
      {:error, _} = error -> error
      cps -> gc(cps)
    end
  end

  defp gc_1([?\r | r0] = r) do
    case cp(r0) do
      [?\n | r1] -> [[?\r, ?\n] | r1]
      _ -> r
    end
  end

  # controls stand alone
  defp gc_1([c | _] = r0) when c < 32 or (c >= 127 and c <= 159), do: r0
  defp gc_1([c | [c2 | _]] = r0) when c < 256 and c not in [169, 174] and c2 < 256, do: r0

  defp gc_1([c | r]) when is_integer(c) and c >= 0 and c < 0x110000 do
    case ahead(r, 8) do
      [] -> [c | r]
      next -> cluster(c, r, next, 8)
    end
  end

  defp gc_1([c | _]), do: :erlang.error({:badarg, c})

  # the code points after the first (up to n), each with the rest cp/1 leaves after it
  defp ahead(_, 0), do: []

  defp ahead(r, n) do
    case cp(r) do
      [c | t] when is_integer(c) -> [{c, t} | ahead(t, n - 1)]
      _ -> []
    end
  end

  defp cluster(c, r, next, n) do
    k = :beamlet.first_grapheme_length([c | Enum.map(next, &elem(&1, 0))])

    cond do
      k == 1 -> [c | r]
      k > length(next) and length(next) == n -> cluster(c, r, ahead(r, 2 * n), 2 * n)
      true ->
        taken = Enum.take(next, k - 1)
        {_, rest} = List.last(taken)
        [[c | Enum.map(taken, &elem(&1, 0))] | rest]
    end
  end
end
