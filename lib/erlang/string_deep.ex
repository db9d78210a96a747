defmodule :beamlet_string_deep do
  @moduledoc false
  # :string's functions (OTP 25) on chardata that is neither a binary nor a flat charlist: lists
  # of binaries, charlists and nested lists. OTP walks such input piece by piece and returns
  # pieces of it, so a result's shape (which binaries, which sublists, improper tails) follows its
  # walk; programs print those shapes. The :string BIFs take binaries and flat lists themselves
  # and hand the rest here. The walk is OTP's: a binary is searched as a whole, a list a grapheme
  # cluster at a time through :unicode_util.gc/1 and cp/1.

  import :unicode_util, only: [cp: 1, gc: 1]

  defguardp ascii_pair(c1, c2) when c1 < 256 and c2 < 256 and c1 != ?\r

  # ---- entry points (called with the arguments of the :string function of the same name)

  def trim(str), do: trim(str, :both, :unicode_util.whitespace())
  def trim(str, dir), do: trim(str, dir, :unicode_util.whitespace())
  def trim(str, _, []), do: str
  def trim(str, :leading, [sep]) when is_list(str) and sep < 256, do: trim_ls(str, sep)
  def trim(str, :leading, seps) when is_list(seps), do: trim_l(str, seps)
  def trim(str, :trailing, [sep]) when is_list(str) and sep < 256, do: trim_ts(str, sep)
  def trim(str, :trailing, seps) when is_list(seps), do: trim_t(str, 0, pattern(seps))
  def trim(str, :both, seps) when is_list(seps), do: trim(trim(str, :leading, seps), :trailing, seps)

  def chomp(str), do: trim(str, :trailing, [[?\r, ?\n], ?\n])

  def take(str, seps), do: take(str, seps, false, :leading)
  def take(str, seps, complement), do: take(str, seps, complement, :leading)

  def take(str, [], complement, dir) do
    empty = if is_binary(str), do: "", else: []

    case {complement, dir} do
      {false, :leading} -> {empty, str}
      {false, :trailing} -> {str, empty}
      {true, :leading} -> {str, empty}
      {true, :trailing} -> {empty, str}
    end
  end

  def take(str, seps, false, :leading), do: take_l(str, seps, [])
  def take(str, seps, true, :leading), do: take_lc(str, pattern(seps), [])
  def take(str, seps, false, :trailing), do: take_t(str, 0, pattern(seps))
  def take(str, seps, true, :trailing), do: take_tc(str, 0, pattern(seps))

  def split(str, pat), do: split(str, pat, :leading)

  def split(str, pat, where) do
    if :string.is_empty(pat) do
      [str]
    else
      case split_1(str, :unicode.characters_to_list(pat), 0, where, [], []) do
        {_, []} -> [str]
        {_, acc} when where == :trailing -> acc
        {curr, acc} when where == :all -> :lists.reverse([curr | acc])
        acc when is_list(acc) -> acc
      end
    end
  end

  def replace(str, pat, with), do: :lists.join(with, split(str, pat))
  def replace(str, pat, with, where), do: :lists.join(with, split(str, pat, where))

  def lexemes([], _), do: []
  def lexemes(str, []), do: [str]
  def lexemes(str, seps) when is_list(seps), do: lexemes_m(str, pattern(seps), [])

  def nth_lexeme(str, 1, []), do: str
  def nth_lexeme(str, n, seps) when is_list(seps) and is_integer(n) and n > 0, do: nth_lexeme_m(str, pattern(seps), n)

  def find(str, pat), do: find(str, pat, :leading)
  def find(str, [], _), do: str
  def find(str, "", _), do: str
  def find(str, pat, :leading), do: find_l(str, :unicode.characters_to_list(pat))
  def find(str, pat, :trailing), do: find_r(str, :unicode.characters_to_list(pat), :nomatch)

  def prefix(str, pre) do
    case :unicode.characters_to_list(pre) do
      [] -> str
      cps -> prefix_1(str, cps)
    end
  end

  def slice(cd, n) when is_integer(n) and n >= 0, do: slice_l(cd, n)
  def slice(cd, n, len) when is_integer(n) and n >= 0 and is_integer(len) and len > 0 do
    case slice_l(cd, n) do
      bin when is_binary(bin) -> :string.slice(bin, 0, len)
      l -> slice_list(l, len)
    end
  end
  def slice(cd, n, :infinity), do: slice_l(cd, n)
  def slice(_, _, 0), do: []

  def titlecase(cd) do
    case cp(cd) do
      [c | tail] ->
        case :string.titlecase([c]) do
          [t] -> append(t, tail)
          ts -> append(ts, tail)
        end

      [] ->
        []
    end
  end

  # a case mapping: a flat list, or the input itself when no code point changed
  def uppercase(cd), do: case_list(cd, false, :uppercase)
  def lowercase(cd), do: case_list(cd, false, :lowercase)
  def casefold(cd), do: case_list(cd, false, :casefold)

  defp case_list(cd, changed, how) do
    try do
      mapped(cd, changed, how)
    catch
      :unchanged -> cd
    end
  end

  defp mapped([c1 | [c2 | _] = cont], _, :uppercase) when c1 >= ?a and c1 <= ?z and c2 < 256, do: [c1 - 32 | mapped(cont, true, :uppercase)]
  defp mapped([c1 | [c2 | _] = cont], _, how) when c1 >= ?A and c1 <= ?Z and c2 < 256 and how != :uppercase, do: [c1 + 32 | mapped(cont, true, how)]
  defp mapped([c1 | [c2 | _] = cont], changed, how) when c1 < 128 and c2 < 256, do: [c1 | mapped(cont, changed, how)]
  defp mapped([], true, _), do: []
  defp mapped([], false, _), do: throw(:unchanged)

  defp mapped(cps0, changed, how) do
    case cp(cps0) do
      [c | cps] ->
        case apply(:string, how, [[c]]) do
          [^c] when c === hd(cps0) -> [c | mapped(cps, changed, how)]
          [m] -> append(m, mapped(cps, true, how))
          ms -> append(ms, mapped(cps, true, how))
        end

      [] ->
        mapped([], changed, how)
    end
  end

  def to_integer(str), do: to_number(str, ~c"+-0123456789", :no_integer, &:string.list_to_integer/1)
  def to_float(str), do: to_number(str, ~c"+-0123456789eE.,", :no_float, &:string.list_to_float/1)

  defp to_number(str, chars, none, read) do
    try do
      take(str, chars)
    catch
      _, _ -> {:error, :badarg}
    else
      {head, tail} ->
        if :string.is_empty(head) do
          {:error, none}
        else
          case read.(:unicode.characters_to_list(head)) do
            {:error, _} = error -> error
            {number, rest} -> {number, rest ++ tail}
          end
        end
    end
  end

  # ---- slice

  defp slice_l([c1 | [c2 | _] = cont], n) when ascii_pair(c1, c2) and n > 0, do: slice_l(cont, n - 1)

  defp slice_l(cd, n) when n > 0 do
    case gc(cd) do
      [_ | cont] -> slice_l(cont, n - 1)
      [] -> []
      {:error, err} -> :erlang.error({:badarg, err})
    end
  end

  defp slice_l(cont, 0), do: cont

  defp slice_list([c1 | [c2 | _] = cont], n) when ascii_pair(c1, c2) and n > 0, do: [c1 | slice_list(cont, n - 1)]

  defp slice_list(cd, n) when n > 0 do
    case gc(cd) do
      [g | cont] -> append(g, slice_list(cont, n - 1))
      [] -> []
      {:error, err} -> :erlang.error({:badarg, err})
    end
  end

  defp slice_list(_, 0), do: []

  # ---- trim

  defp trim_ls([c1 | [c2 | _] = cont] = str, sep) when ascii_pair(c1, c2) do
    if c1 == sep, do: trim_ls(cont, sep), else: str
  end

  defp trim_ls(str, sep), do: trim_l(str, [sep])

  defp trim_l([c1 | [c2 | _] = cont] = str, seps) when ascii_pair(c1, c2) do
    if c1 in seps, do: trim_l(cont, seps), else: str
  end

  defp trim_l([bin | cont0], seps) when is_binary(bin) do
    case skip_seps(bin, cont0, seps) do
      {:nomatch, cont} -> trim_l(cont, seps)
      keep -> keep
    end
  end

  defp trim_l(str, seps) when is_list(str) do
    case gc(str) do
      [g | rest] -> if g in seps, do: trim_l(rest, seps), else: str
      [] -> []
    end
  end

  defp trim_l(bin, seps) when is_binary(bin) do
    case skip_seps(bin, [], seps) do
      {:nomatch, _} -> ""
      [keep] -> keep
    end
  end

  defp trim_ts([sep | cs1] = str, sep) do
    case cs1 do
      [] -> []
      [c2 | _] when ascii_pair(sep, c2) ->
        tail = trim_ts(cs1, sep)
        if :string.is_empty(tail), do: [], else: [sep | tail]
      _ -> trim_t(str, 0, pattern([sep]))
    end
  end

  defp trim_ts([c | cont], sep) when is_integer(c), do: [c | trim_ts(cont, sep)]
  defp trim_ts(str, sep), do: trim_t(str, 0, pattern([sep]))

  defp trim_t([c1 | cont] = cs0, _, {gcs, cps, _} = seps) when is_integer(c1) do
    if c1 in cps do
      [g | cs1] = gc(cs0)

      if g in gcs do
        tail = trim_t(cs1, 0, seps)
        if :string.is_empty(tail), do: [], else: append(g, tail)
      else
        append(g, trim_t(cs1, 0, seps))
      end
    else
      [c1 | trim_t(cont, 0, seps)]
    end
  end

  defp trim_t([bin | cont0], n, {gcs, _, _} = seps) when is_binary(bin) do
    <<_::binary-size(n), rest::binary>> = bin
    seps = compile(seps)

    case find_sep(rest, cont0, seps) do
      {:nomatch, _} ->
        stack(bin, trim_t(cont0, 0, seps))

      [sep_start | cont1] ->
        case skip_seps(sep_start, cont1, gcs) do
          {:nomatch, cont} ->
            tail = trim_t(cont, 0, seps)

            if :string.is_empty(tail) do
              binary_part(bin, 0, byte_size(bin) - byte_size(sep_start))
            else
              stack(bin, stack(cps_before(cont0, cont), tail))
            end

          [non_sep | cont] when is_binary(non_sep) ->
            trim_t([bin | cont], byte_size(bin) - byte_size(non_sep), seps)
        end
    end
  end

  defp trim_t(str, 0, {gcs, _, _} = seps) when is_list(str) do
    case gc(str) do
      [g | cs1] ->
        if g in gcs do
          tail = trim_t(cs1, 0, seps)
          if :string.is_empty(tail), do: [], else: append(g, tail)
        else
          append(g, trim_t(cs1, 0, seps))
        end

      [] ->
        []
    end
  end

  defp trim_t(bin, n, {gcs, _, _} = seps) when is_binary(bin) do
    <<_::binary-size(n), rest::binary>> = bin
    seps = compile(seps)

    case find_sep(rest, [], seps) do
      {:nomatch, _} ->
        bin

      [sep_start] ->
        case skip_seps(sep_start, [], gcs) do
          {:nomatch, _} -> binary_part(bin, 0, byte_size(bin) - byte_size(sep_start))
          [non_sep] -> trim_t(bin, byte_size(bin) - byte_size(non_sep), seps)
        end
    end
  end

  # ---- take

  defp take_l([c1 | [c2 | _] = cont] = str, seps, acc) when ascii_pair(c1, c2) do
    if c1 in seps, do: take_l(cont, seps, [c1 | acc]), else: {rev(acc), str}
  end

  defp take_l([bin | cont0], seps, acc) when is_binary(bin) do
    case skip_seps(bin, cont0, seps) do
      {:nomatch, cont} ->
        used = cps_before(cont0, cont)
        take_l(cont, seps, [:unicode.characters_to_binary([bin | used]) | acc])

      [bin1 | _] = after_ when is_binary(bin1) ->
        {btoken(binary_part(bin, 0, byte_size(bin) - byte_size(bin1)), acc), after_}
    end
  end

  defp take_l(str, seps, acc) when is_list(str) do
    case gc(str) do
      [g | rest] -> if g in seps, do: take_l(rest, seps, append(rev(g), acc)), else: {rev(acc), str}
      [] -> {rev(acc), []}
    end
  end

  defp take_l(bin, seps, acc) when is_binary(bin) do
    case skip_seps(bin, [], seps) do
      {:nomatch, _} -> {btoken(bin, acc), ""}
      [after_] -> {btoken(binary_part(bin, 0, byte_size(bin) - byte_size(after_)), acc), after_}
    end
  end

  defp take_lc([c1 | cont] = str0, {gcs, cps, _} = seps, acc) when is_integer(c1) do
    if c1 in cps do
      [g | str] = gc(str0)
      if g in gcs, do: {rev(acc), str0}, else: take_lc(str, seps, append(rev(g), acc))
    else
      take_lc(cont, seps, append(c1, acc))
    end
  end

  defp take_lc([bin | cont0], seps, acc) when is_binary(bin) do
    seps = compile(seps)

    case find_sep(bin, cont0, seps) do
      {:nomatch, cont} ->
        used = cps_before(cont0, cont)
        take_lc(cont, seps, [:unicode.characters_to_binary([bin | used]) | acc])

      [bin1 | _] = after_ when is_binary(bin1) ->
        {btoken(binary_part(bin, 0, byte_size(bin) - byte_size(bin1)), acc), after_}
    end
  end

  defp take_lc(str, {gcs, _, _} = seps, acc) when is_list(str) do
    case gc(str) do
      [g | rest] -> if g in gcs, do: {rev(acc), str}, else: take_lc(rest, seps, append(rev(g), acc))
      [] -> {rev(acc), []}
    end
  end

  defp take_lc(bin, seps, acc) when is_binary(bin) do
    case find_sep(bin, [], compile(seps)) do
      {:nomatch, _} -> {btoken(bin, acc), ""}
      [after_] -> {btoken(binary_part(bin, 0, byte_size(bin) - byte_size(after_)), acc), after_}
    end
  end

  # the trailing takes: {head, tail}; a separator cluster joins the tail only while no other
  # cluster follows it
  defp join_trailing(g, true, {head, tail}), do: if(:string.is_empty(head), do: {head, append(g, tail)}, else: {append(g, head), tail})
  defp join_trailing(g, false, {head, tail}), do: {append(g, head), tail}

  defp take_t([c1 | cont] = str0, _, {gcs, cps, _} = seps) when is_integer(c1) do
    if c1 in cps do
      [g | str] = gc(str0)
      join_trailing(g, g in gcs, take_t(str, 0, seps))
    else
      {head, tail} = take_t(cont, 0, seps)
      {[c1 | head], tail}
    end
  end

  defp take_t([bin | cont0], n, {gcs, _, _} = seps) when is_binary(bin) do
    <<_::binary-size(n), rest::binary>> = bin
    seps = compile(seps)

    case find_sep(rest, cont0, seps) do
      {:nomatch, cont} ->
        used = cps_before(cont0, cont)
        {head, tail} = take_t(cont, 0, seps)
        {stack(:unicode.characters_to_binary([bin | used]), head), tail}

      [sep_start | cont1] ->
        case skip_seps(sep_start, cont1, gcs) do
          {:nomatch, cont} -> trailing_run(bin, sep_start, cont0, cont, take_t(cont, 0, seps))
          [non_sep | cont] when is_binary(non_sep) -> take_t([bin | cont], byte_size(bin) - byte_size(non_sep), seps)
        end
    end
  end

  defp take_t(str, 0, {gcs, _, _} = seps) when is_list(str) do
    case gc(str) do
      [g | cs1] -> join_trailing(g, g in gcs, take_t(cs1, 0, seps))
      [] -> {[], []}
    end
  end

  defp take_t(bin, n, {gcs, _, _} = seps) when is_binary(bin) do
    <<_::binary-size(n), rest::binary>> = bin
    seps = compile(seps)

    case find_sep(rest, [], seps) do
      {:nomatch, _} ->
        {bin, ""}

      [sep_start] ->
        case skip_seps(sep_start, [], gcs) do
          {:nomatch, _} -> :erlang.split_binary(bin, byte_size(bin) - byte_size(sep_start))
          [non_sep] -> take_t(bin, byte_size(bin) - byte_size(non_sep), seps)
        end
    end
  end

  # a run that reaches past bin into cont0 (up to cont): the tail when nothing follows it
  defp trailing_run(bin, run_start, cont0, cont, {head, tail}) do
    used = cps_before(cont0, cont)

    if :string.is_empty(head) do
      {keep, end_} = :erlang.split_binary(bin, byte_size(bin) - byte_size(run_start))
      {keep, stack(stack(end_, used), tail)}
    else
      {stack(:unicode.characters_to_binary([bin | used]), head), tail}
    end
  end

  defp take_tc([c1 | [c2 | _] = cont], _, {gcs, _, _} = seps) when ascii_pair(c1, c2) do
    join_trailing(c1, c1 not in gcs, take_tc(cont, 0, seps))
  end

  defp take_tc([bin | cont0], n, {gcs, _, _} = seps) when is_binary(bin) do
    <<_::binary-size(n), rest::binary>> = bin

    case skip_seps(rest, cont0, gcs) do
      {:nomatch, cont} ->
        used = cps_before(cont0, cont)
        {head, tail} = take_tc(cont, 0, seps)
        {stack(:unicode.characters_to_binary([bin | used]), head), tail}

      [sep_start | cont1] ->
        seps = compile(seps)

        case find_sep(sep_start, cont1, seps) do
          {:nomatch, cont} -> trailing_run(bin, sep_start, cont0, cont, take_tc(cont, 0, seps))
          [non_sep | cont] when is_binary(non_sep) -> take_tc([bin | cont], byte_size(bin) - byte_size(non_sep), seps)
        end
    end
  end

  defp take_tc(str, 0, {gcs, _, _} = seps) when is_list(str) do
    case gc(str) do
      [g | cs1] -> join_trailing(g, g not in gcs, take_tc(cs1, 0, seps))
      [] -> {[], []}
    end
  end

  defp take_tc(bin, n, {gcs, _, _} = seps) when is_binary(bin) do
    <<_::binary-size(n), rest::binary>> = bin

    case skip_seps(rest, [], gcs) do
      {:nomatch, _} ->
        {bin, ""}

      [sep_start] ->
        seps = compile(seps)

        case find_sep(sep_start, [], seps) do
          {:nomatch, _} -> :erlang.split_binary(bin, byte_size(bin) - byte_size(sep_start))
          [non_sep] -> take_tc(bin, byte_size(bin) - byte_size(non_sep), seps)
        end
    end
  end

  # ---- prefix, split, find

  defp prefix_1(cs0, [g]) do
    case gc(cs0) do
      [^g | cs] -> cs
      _ -> :nomatch
    end
  end

  defp prefix_1([c | cs], [pre | rest]) when is_integer(c), do: if(c == pre, do: prefix_1(cs, rest), else: :nomatch)
  defp prefix_1(<<c::utf8, cs::binary>>, [pre | rest]), do: if(c == pre, do: prefix_1(cs, rest), else: :nomatch)

  defp prefix_1(cs0, [pre | rest]) do
    case cp(cs0) do
      [^pre | cs] -> prefix_1(cs, rest)
      _ -> :nomatch
    end
  end

  # a code point c of the input that starts the needle (or not): what split_1 does next
  defp split_at(c, cs0, cs, needle, where, curr, acc) do
    case prefix_1(cs0, needle) do
      :nomatch -> split_1(cs, needle, 0, where, append(c, curr), acc)
      rest when where == :leading -> [rev(curr), rest]
      rest when where == :trailing -> split_1(cs, needle, 0, where, [c | curr], [rev(curr), rest])
      rest when where == :all -> split_1(rest, needle, 0, where, [], [rev(curr) | acc])
    end
  end

  defp split_1([c1 | cs] = cs0, [c | _] = needle, _, where, curr, acc) when is_integer(c1) do
    if c1 == c, do: split_at(c, cs0, cs, needle, where, curr, acc), else: split_1(cs, needle, 0, where, append(c1, curr), acc)
  end

  defp split_1([bin | cont0], needle, start, where, curr0, acc) when is_binary(bin) do
    case find_str(bin, start, cont0, needle) do
      {:nomatch, sz, cont} ->
        split_1(cont, needle, 0, where, [binary_part(bin, 0, sz) | curr0], acc)

      {before, [cs0 | cont], after_} ->
        curr = add_non_empty(before, curr0)

        case where do
          :leading -> [rev(curr), after_]
          :trailing -> split_1([bin | cont], needle, past_first(bin, cs0), where, curr0, [rev(curr), after_])
          :all -> split_1(after_, needle, 0, where, [], [rev(curr) | acc])
        end
    end
  end

  defp split_1(cs0, [c | _] = needle, _, where, curr, acc) when is_list(cs0) do
    case cp(cs0) do
      [^c | cs] -> split_at(c, cs0, cs, needle, where, curr, acc)
      [other | cs] -> split_1(cs, needle, 0, where, append(other, curr), acc)
      [] -> {rev(curr), acc}
    end
  end

  defp split_1(bin, [_ | _] = needle, start, where, curr0, acc) do
    case find_str(bin, start, [], needle) do
      {:nomatch, _, _} ->
        <<_::binary-size(start), keep::binary>> = bin
        {rev([keep | curr0]), acc}

      {before, [cs0], after_} ->
        case where do
          :leading ->
            [rev([before | curr0]), after_]

          :trailing ->
            split_1(bin, needle, past_first(bin, cs0), where, curr0, [btoken(before, curr0), after_])

          :all ->
            <<_::binary-size(start), keep::binary>> = before
            split_1(bin, needle, byte_size(bin) - byte_size(after_), where, [], [rev([keep | curr0]) | acc])
        end
    end
  end

  # the offset in bin just past the first code point of its suffix from
  defp past_first(bin, from) do
    <<_::utf8, rest::binary>> = from
    byte_size(bin) - byte_size(rest)
  end

  defp find_l([c1 | cs] = cs0, [c | _] = needle) when is_integer(c1) do
    if c1 == c and prefix_1(cs0, needle) != :nomatch, do: cs0, else: find_l(cs, needle)
  end

  defp find_l([bin | cont0], needle) when is_binary(bin) do
    case find_str(bin, 0, cont0, needle) do
      {:nomatch, _, cont} -> find_l(cont, needle)
      {_, cs, _} -> cs
    end
  end

  defp find_l(cs0, [c | _] = needle) when is_list(cs0) do
    case cp(cs0) do
      [^c | cs] -> if prefix_1(cs0, needle) == :nomatch, do: find_l(cs, needle), else: cs0
      [_ | cs] -> find_l(cs, needle)
      [] -> :nomatch
    end
  end

  defp find_l(bin, needle) do
    case find_str(bin, 0, [], needle) do
      {:nomatch, _, _} -> :nomatch
      {_, [cs], _} -> cs
    end
  end

  defp find_r([c1 | cs] = cs0, [c | _] = needle, res) when is_integer(c1) do
    if c1 == c and prefix_1(cs0, needle) != :nomatch, do: find_r(cs, needle, cs0), else: find_r(cs, needle, res)
  end

  defp find_r([bin | cont0], needle, res) when is_binary(bin) do
    case find_str(bin, 0, cont0, needle) do
      {:nomatch, _, cont} ->
        find_r(cont, needle, res)

      {_, cs0, _} ->
        [_ | cs] = gc(cs0)
        find_r(cs, needle, cs0)
    end
  end

  defp find_r(cs0, [c | _] = needle, res) when is_list(cs0) do
    case cp(cs0) do
      [^c | cs] -> if prefix_1(cs0, needle) == :nomatch, do: find_r(cs, needle, res), else: find_r(cs, needle, cs0)
      [_ | cs] -> find_r(cs, needle, res)
      [] -> res
    end
  end

  defp find_r(bin, needle, res) do
    case find_str(bin, 0, [], needle) do
      {:nomatch, _, _} ->
        res

      {_, [cs0], _} ->
        <<_::utf8, cs::binary>> = cs0
        find_r(cs, needle, cs0)
    end
  end

  # ---- lexemes

  defp lexemes_m([c | _] = cs0, {gcs, cps, _} = seps, ts) when is_integer(c) do
    if c in cps and hd(gc(cs0)) in gcs do
      [_ | cs2] = gc(cs0)
      lexemes_m(cs2, seps, ts)
    else
      seps = compile(seps)
      {lexeme, rest} = lexeme_pick(cs0, seps, [])
      lexemes_m(rest, seps, [lexeme | ts])
    end
  end

  defp lexemes_m([bin | cont0], {gcs, _, _} = seps, ts) when is_binary(bin) do
    case skip_seps(bin, cont0, gcs) do
      {:nomatch, cont} ->
        lexemes_m(cont, seps, ts)

      cs ->
        seps = compile(seps)
        {lexeme, rest} = lexeme_pick(cs, seps, [])
        lexemes_m(rest, seps, [lexeme | ts])
    end
  end

  defp lexemes_m(cs0, {gcs, _, _} = seps, ts) when is_list(cs0) do
    case gc(cs0) do
      [g | cs] ->
        if g in gcs do
          lexemes_m(cs, seps, ts)
        else
          seps = compile(seps)
          {lexeme, rest} = lexeme_pick(cs0, seps, [])
          lexemes_m(rest, seps, [lexeme | ts])
        end

      [] ->
        :lists.reverse(ts)
    end
  end

  defp lexemes_m(bin, {gcs, _, _} = seps, ts) when is_binary(bin) do
    case skip_seps(bin, [], gcs) do
      {:nomatch, _} ->
        :lists.reverse(ts)

      [cs] ->
        seps = compile(seps)
        {lexeme, rest} = lexeme_pick(cs, seps, [])
        lexemes_m(rest, seps, add_non_empty(lexeme, ts))
    end
  end

  defp lexeme_pick([c | cs1] = cs0, {gcs, cps, _} = seps, tkn) when is_integer(c) do
    if c in cps do
      [g | cs2] = gc(cs0)
      if g in gcs, do: {rev(tkn), cs2}, else: lexeme_pick(cs2, seps, append(rev(g), tkn))
    else
      lexeme_pick(cs1, seps, [c | tkn])
    end
  end

  defp lexeme_pick([bin | cont0], seps, tkn) when is_binary(bin) do
    case find_sep(bin, cont0, seps) do
      {:nomatch, _} -> lexeme_pick(cont0, seps, [bin | tkn])
      [left | _] = cs -> {btoken(binary_part(bin, 0, byte_size(bin) - byte_size(left)), tkn), cs}
    end
  end

  defp lexeme_pick(cs0, {gcs, cps, _} = seps, tkn) when is_list(cs0) do
    case cp(cs0) do
      [c | cs] ->
        if c in cps do
          [g | cs2] = gc(cs0)
          if g in gcs, do: {rev(tkn), cs2}, else: lexeme_pick(cs2, seps, append(rev(g), tkn))
        else
          lexeme_pick(cs, seps, append(c, tkn))
        end

      [] ->
        {rev(tkn), []}
    end
  end

  defp lexeme_pick(bin, seps, tkn) when is_binary(bin) do
    case find_sep(bin, [], seps) do
      {:nomatch, _} -> {btoken(bin, tkn), []}
      [left] -> {btoken(binary_part(bin, 0, byte_size(bin) - byte_size(left)), tkn), left}
    end
  end

  defp nth_lexeme_m([bin | cont0], {gcs, _, _} = seps, n) when is_binary(bin) do
    case skip_seps(bin, cont0, gcs) do
      {:nomatch, cont} -> nth_lexeme_m(cont, seps, n)
      cs when n > 1 -> nth_lexeme_m(lexeme_skip(cs, seps), seps, n - 1)
      cs -> elem(lexeme_pick(cs, compile(seps), []), 0)
    end
  end

  defp nth_lexeme_m(cs0, {gcs, _, _} = seps, n) when is_list(cs0) do
    case gc(cs0) do
      [g | cs] ->
        cond do
          g in gcs -> nth_lexeme_m(cs, seps, n)
          n > 1 -> nth_lexeme_m(lexeme_skip(cs, seps), seps, n - 1)
          true -> elem(lexeme_pick(cs0, compile(seps), []), 0)
        end

      [] ->
        []
    end
  end

  defp nth_lexeme_m(bin, {gcs, _, _} = seps, n) when is_binary(bin) do
    seps = compile(seps)

    case skip_seps(bin, [], gcs) do
      [cs] when n > 1 -> nth_lexeme_m(lexeme_skip(cs, seps), seps, n - 1)
      [cs] -> elem(lexeme_pick(cs, seps, []), 0)
      {:nomatch, _} -> ""
    end
  end

  defp lexeme_skip([c | cs1] = cs0, {gcs, cps, _} = seps) when is_integer(c) do
    if c in cps do
      [g | cs2] = gc(cs0)
      if g in gcs, do: cs2, else: lexeme_skip(cs2, seps)
    else
      lexeme_skip(cs1, seps)
    end
  end

  defp lexeme_skip([bin | cont0], seps) when is_binary(bin) do
    seps = compile(seps)

    case find_sep(bin, cont0, seps) do
      {:nomatch, _} -> lexeme_skip(cont0, seps)
      cs -> tl(gc(cs))
    end
  end

  defp lexeme_skip(cs0, {gcs, cps, _} = seps) when is_list(cs0) do
    case cp(cs0) do
      [c | cs] ->
        if c in cps do
          [g | cs2] = gc(cs0)
          if g in gcs, do: cs2, else: lexeme_skip(cs2, seps)
        else
          lexeme_skip(cs, seps)
        end

      [] ->
        []
    end
  end

  defp lexeme_skip(bin, seps) when is_binary(bin) do
    case find_sep(bin, [], compile(seps)) do
      {:nomatch, _} -> ""
      [left] -> tl(gc(left))
    end
  end

  # ---- pieces of results

  # a token gathered in reverse (acc) followed by a binary part
  defp btoken(token, []), do: token
  defp btoken(part, [c]) when is_integer(c), do: <<c::utf8, part::binary>>
  defp btoken("", acc), do: :lists.reverse(acc)
  defp btoken(part, acc), do: [:lists.reverse(acc), part]

  defp rev([b]) when is_binary(b), do: b
  defp rev(l) when is_list(l), do: :lists.reverse(l)
  defp rev(c) when is_integer(c), do: c

  defp append(c, "") when is_integer(c), do: [c]
  defp append(g, "") when is_list(g), do: g
  defp append(g, bin) when is_binary(bin), do: [g, bin]
  defp append(c, str) when is_integer(c), do: [c | str]
  defp append(g, str) when is_list(g), do: g ++ str

  defp stack(bin, []), do: bin
  defp stack("", st), do: st
  defp stack([], st), do: st
  defp stack(bin, st), do: [bin | st]

  defp add_non_empty("", l), do: l
  defp add_non_empty(token, l), do: [token | l]

  # the code points of orig before cont (a rest of it)
  defp cps_before(orig, cont) do
    case cp(cont) do
      [] -> orig
      [c | rest] -> cps_before(orig, c, rest)
    end
  end

  defp cps_before(orig, until, cont) do
    case cp(orig) do
      [^until | rest] -> if :string.equal(rest, cont), do: [], else: [until | cps_before(rest, until, cont)]
      [c | rest] -> [c | cps_before(rest, until, cont)]
    end
  end

  # ---- searching binaries (in a list, the search may run on into what follows them: cont)

  # {separator clusters, their first code points, those as binaries once compiled}
  defp pattern(seps), do: {seps, Enum.map(seps, &first_cp/1), :undefined}

  defp first_cp(c) when is_integer(c), do: c
  defp first_cp(p), do: hd(cp(p))

  defp compile({seps, cps, :undefined}), do: {seps, cps, Enum.map(cps, &<<&1::utf8>>)}
  defp compile(compiled), do: compiled

  # the rest from the first separator cluster of bin on, else {:nomatch, cont}
  defp find_sep(bin, cont, {seps, _, firsts}), do: find_sep(bin, 0, firsts, cont, seps)

  defp find_sep(bin0, start, _, cont, _) when byte_size(bin0) <= start or start < 0, do: {:nomatch, cont}

  defp find_sep(bin0, start, firsts, cont, seps) do
    <<_::binary-size(start), bin::binary>> = bin0

    case :binary.match(bin, firsts) do
      :nomatch ->
        {:nomatch, cont}

      {where, _} when cont == [] ->
        <<_::binary-size(where), cont1::binary>> = bin
        [g | cont2] = gc(cont1)

        cond do
          g in seps -> [cont1]
          cont2 == [] -> {:nomatch, []}
          true -> find_sep(bin0, byte_size(bin0) - byte_size(cont2), firsts, cont, seps)
        end

      {where, _} ->
        <<_::binary-size(where), cont0::binary>> = bin
        cont1 = [cont0 | cont]
        [g | cont2] = gc(cont1)

        cond do
          g in seps -> cont1
          true ->
            case cont2 do
              [bin_r | ^cont] when is_binary(bin_r) -> find_sep(bin0, byte_size(bin0) - byte_size(bin_r), firsts, cont, seps)
              _ -> {:nomatch, cont2}
            end
        end
    end
  end

  # the rest from the first cluster of bin that is no separator on, else {:nomatch, cont}
  defp skip_seps("", cont, _), do: {:nomatch, cont}
  defp skip_seps([], cont, _), do: {:nomatch, cont}

  defp skip_seps(<<c1::utf8, bin_rest::binary>> = bin0, cont, seps) do
    case bin_rest do
      <<c2::utf8, _::binary>> when ascii_pair(c1, c2) ->
        if c1 in seps, do: skip_seps(bin_rest, cont, seps), else: [bin0 | cont]

      _ when cont == [] ->
        [g | bin] = gc(bin0)
        if g in seps, do: skip_seps(bin, cont, seps), else: [bin0 | cont]

      _ ->
        [g | cs0] = gc([bin0 | cont])

        cond do
          g not in seps -> [bin0 | cont]
          true ->
            case cs0 do
              [bin | ^cont] when is_binary(bin) -> skip_seps(bin, cont, seps)
              _ -> {:nomatch, cs0}
            end
        end
    end
  end

  defp skip_seps(bin, _, _), do: :erlang.error({:badarg, bin})

  # where needle (code points) starts in bin from start: {before, [from there | cont], after}
  defp find_str(bin0, start, [], needle) do
    find_whole(bin0, start, :unicode.characters_to_binary(needle), needle)
  end

  defp find_str(bin0, start, cont, [c | _] = needle), do: find_across(bin0, start, cont, <<c::utf8>>, needle)

  defp find_whole(bin0, start, first, needle) do
    <<_::binary-size(start), bin::binary>> = bin0

    case :binary.match(bin, first) do
      :nomatch ->
        {:nomatch, byte_size(bin0), []}

      {where0, _} ->
        {keep, cs0} = :erlang.split_binary(bin0, start + where0)

        case prefix_1(cs0, needle) do
          :nomatch -> find_whole(bin0, past_first(bin0, cs0), first, needle)
          [] -> {keep, [cs0], ""}
          rest -> {keep, [cs0], rest}
        end
    end
  end

  defp find_across(bin0, start, cont, first, needle) do
    <<_::binary-size(start), bin::binary>> = bin0

    case :binary.match(bin, first) do
      :nomatch ->
        {:nomatch, byte_size(bin0), cont}

      {where0, _} ->
        where = start + where0
        {keep, cs0} = :erlang.split_binary(bin0, where)
        [g | cs] = gc(cs0)

        case prefix_1(stack(cs0, cont), needle) do
          :nomatch when is_binary(cs) -> find_across(bin0, byte_size(bin0) - byte_size(cs), cont, first, needle)
          :nomatch -> {:nomatch, where, stack([g | cs], cont)}
          [] -> {keep, [cs0 | cont], ""}
          rest -> {keep, [cs0 | cont], rest}
        end
    end
  end
end
