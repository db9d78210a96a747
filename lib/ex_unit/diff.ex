# ExUnit.Diff: the two sides of a failed comparison (`assert left == right`, `===`, `<`, `=`) as
# ExUnit 1.14 prints them when its colours are on: each side written as inspect writes it, with
# what the other side does not have marked, on the left by f.(:diff_delete, text) (or
# :diff_delete_whitespace for a run of whitespace), on the right by f.(:diff_insert, text)
# (:diff_insert_whitespace). Equal parts are plain. As ExUnit compares:
# - numbers by their text and strings (charlists) by their content, grapheme by grapheme when the
#   two are close (bag distance above 0.4), else all of it marked; in `==`, 1 and 1.0 are equal;
# - tuples position by position, what one has past the other's size marked;
# - lists by their longest common subsequence, over the right one's first elements as many as the
#   left has (the rest marked as added); between two common elements, the left's deleted ones
#   and the right's inserted ones compared in pairs, in order, the unpaired marked;
# - maps by key: the values of the keys both have compared (those keys first, sorted), then the
#   entries only one has, sorted and marked; structs so (fields sorted) unless their module
#   inspects them its own way: then the two inspected texts are compared as strings;
# - anything else whole.
# A list side is written as a keyword list when all its entries are kept pairs with atom keys.
# For `=`, the left side is the pattern's code: variables and `_` match anything, pins their
# value. A side too wide for `width` columns is laid out as inspect lays out what does not fit:
# the container broken, one element a line, each nested two columns further.
defmodule ExUnit.Diff do
  @moduledoc false

  @doc """
  {left, right} as text with the differences marked; context :== | :=== | {:match, pins}. Each
  side is laid out as ExUnit formats it: its first line has `width` columns, the next ones as
  many less the `indent` of the block it is printed in (returned without that indentation)
  """
  def sides(left, right, context, f, width \\ :infinity, indent \\ 0) do
    {l, r} =
      case context do
        {:match, pins} -> pattern(left, right, pins, f)
        :== -> diff(left, right, true, f)
        _ -> diff(left, right, false, f)
      end

    {layout(l, width, indent), layout(r, width, indent)}
  end

  # ---- documents: text (iodata), {:seq, open, items, close} and {:cat, parts} ----------------------

  defp layout(doc, :infinity, _indent), do: doc |> flat() |> IO.iodata_to_binary()

  defp layout(doc, width, indent) do
    {text, _} = render(doc, indent, 0, width)
    text |> IO.iodata_to_binary() |> String.replace("\n" <> String.duplicate(" ", indent), "\n")
  end

  defp flat({:seq, open, items, close}), do: [open, Enum.intersperse(Enum.map(items, &flat/1), ", "), close]
  defp flat({:cat, parts}), do: Enum.map(parts, &flat/1)
  defp flat({:marked, text}), do: text
  defp flat(text), do: text

  defp flat_text(doc), do: IO.iodata_to_binary(flat(doc))

  # the columns a text takes (its colours take none; bytes, as Inspect.Algebra counts a string)
  defp text_width(text), do: text |> IO.iodata_to_binary() |> String.replace(~r/\e\[[0-9;]*m/, "") |> byte_size()

  # {text, the column after it}. As Inspect.Algebra lays out ExUnit's diff: a container stays on
  # one line when it ends within `width` (what follows it, a comma, not counted), else each of
  # its elements is on a line of its own, two columns further in
  defp render({:seq, open, items, close} = doc, indent, used, width) do
    if used + text_width(flat(doc)) <= width do
      {flat(doc), used + text_width(flat(doc))}
    else
      inner = indent + 2
      pad = "\n" <> String.duplicate(" ", inner)
      last = length(items) - 1

      body =
        items
        |> Enum.with_index()
        |> Enum.map(fn {item, i} ->
          {text, _} = render(item, inner, inner, width)
          if i == last, do: [pad, text], else: [pad, text, ","]
        end)

      {[open, body, "\n", String.duplicate(" ", indent), close], indent + text_width(close)}
    end
  end

  defp render({:cat, parts}, indent, used, width) do
    Enum.map_reduce(parts, used, fn part, used -> render(part, indent, used, width) end)
  end

  defp render(doc, _indent, used, _width), do: {flat(doc), used + text_width(flat(doc))}

  # ---- marks ----------------------------------------------------------------------------------------

  # a part marked whole is marked on one line; {:marked, doc} tells a list it is no keyword entry
  defp del(f, doc), do: {:marked, f.(:diff_delete, flat_text(doc))}
  defp ins(f, doc), do: {:marked, f.(:diff_insert, flat_text(doc))}

  defp whole(l, r, f), do: {del(f, inspect(l)), ins(f, inspect(r))}

  # ---- values -------------------------------------------------------------------------------------

  # {left doc, right doc}; loose (==): numbers equal by value are the same
  defp diff(l, r, loose, f) do
    cond do
      l === r -> {inspect(l), inspect(r)}
      loose and is_number(l) and is_number(r) and l == r -> {inspect(l), inspect(r)}
      is_number(l) and is_number(r) -> text_diff(inspect(l), inspect(r), "", f)
      is_binary(l) and is_binary(r) -> text_diff(escape(l, ?"), escape(r, ?"), "\"", f)
      is_list(l) and is_list(r) -> list(l, r, loose, f)
      is_tuple(l) and is_tuple(r) -> tuple(Tuple.to_list(l), Tuple.to_list(r), loose, f)
      is_map(l) and is_map(r) -> map(l, r, loose, f)
      true -> whole(l, r, f)
    end
  end

  # a string's text between its delimiters as ExUnit escapes it: the delimiter, \\ and #{ escaped,
  # the usual control characters by their letter, other unprintable ones (and bytes no UTF-8
  # makes) in hexadecimal
  defp escape(s, delimiter), do: s |> escape_chars(delimiter, []) |> IO.iodata_to_binary()

  defp escape_chars(<<>>, _d, acc), do: Enum.reverse(acc)
  defp escape_chars(<<d, t::binary>>, d, acc), do: escape_chars(t, d, [[?\\, d] | acc])
  defp escape_chars(<<"\#{", t::binary>>, d, acc), do: escape_chars(t, d, ["\\\#{" | acc])
  defp escape_chars(<<c::utf8, t::binary>>, d, acc), do: escape_chars(t, d, [escape_char(c) | acc])
  defp escape_chars(<<b, t::binary>>, d, acc), do: escape_chars(t, d, [hex(b, 2, false) | acc])

  @escapes %{0 => "\\0", 7 => "\\a", 8 => "\\b", 9 => "\\t", 10 => "\\n", 11 => "\\v", 12 => "\\f", 13 => "\\r", 27 => "\\e", 92 => "\\\\", 127 => "\\d", 0xFEFF => "\\uFEFF"}

  defp escape_char(c) when is_map_key(@escapes, c), do: @escapes[c]

  defp escape_char(c) when c in 0x20..0x7E or c in 0xA0..0xD7FF or c in 0xE000..0xFFFD or c in 0x10000..0x10FFFF,
    do: <<c::utf8>>

  defp escape_char(c) when c < 0x100, do: hex(c, 2, false)
  defp escape_char(c) when c < 0x10000, do: hex(c, 4, true)
  defp escape_char(c), do: hex(c, 6, true)

  defp hex(c, digits, braces?) do
    h = c |> Integer.to_string(16) |> String.pad_leading(digits, "0")
    if braces?, do: "\\x{" <> h <> "}", else: "\\x" <> h
  end

  # two texts (already escaped) between their delimiters, compared grapheme by grapheme when close
  defp text_diff(l, r, delimiter, f) do
    edits = if String.bag_distance(l, r) > 0.4, do: String.myers_difference(l, r), else: [del: l, ins: r]

    {ld, rd} =
      Enum.reduce(edits, {[], []}, fn
        {:eq, t}, {ld, rd} -> {[ld, t], [rd, t]}
        {:del, t}, {ld, rd} -> {[ld, mark(f, :diff_delete, t)], rd}
        {:ins, t}, {ld, rd} -> {ld, [rd, mark(f, :diff_insert, t)]}
      end)

    {[delimiter, ld, delimiter], [delimiter, rd, delimiter]}
  end

  defp mark(f, key, text) do
    if String.trim(text) == "", do: f.(:"#{key}_whitespace", text), else: f.(key, text)
  end

  defp tuple(ls, rs, loose, f) do
    {lds, rds} = positions(ls, rs, &diff(&1, &2, loose, f), f)
    {{:seq, "{", lds, "}"}, {:seq, "{", rds, "}"}}
  end

  # position by position, what one side has past the other marked
  defp positions(ls, rs, compare, f) do
    n = min(length(ls), length(rs))
    {lds, rds} = Enum.zip(ls, rs) |> Enum.map(fn {a, b} -> compare.(a, b) end) |> Enum.unzip()
    {lds ++ Enum.map(Enum.drop(ls, n), &del(f, inspect(&1))), rds ++ Enum.map(Enum.drop(rs, n), &ins(f, inspect(&1)))}
  end

  defp list(l, r, loose, f) do
    cond do
      List.ascii_printable?(l) and List.ascii_printable?(r) ->
        text_diff(escape(List.to_string(l), ?'), escape(List.to_string(r), ?'), "'", f)

      not proper?(l) or not proper?(r) ->
        {le, lt} = split_improper(l)
        {re, rt} = split_improper(r)
        {lds, rds} = elements(le, re, loose, f)
        {ltd, rtd} = if lt == [] and rt == [], do: {nil, nil}, else: diff(lt, rt, loose, f)
        {list_doc(with_tail(lds, lt, ltd)), list_doc(with_tail(rds, rt, rtd))}

      true ->
        {lds, rds} = elements(l, r, loose, f)
        {list_doc(lds), list_doc(rds)}
    end
  end

  # the elements of two lists: the right's first ones (as many as the left has) against the
  # left's by their longest common subsequence, the right's rest added
  defp elements(l, r, loose, f) do
    {head, rest} = Enum.split(r, length(l))
    {lds, rds} = l |> List.myers_difference(head) |> segments([], [], loose, f)
    {lds, rds ++ Enum.map(rest, &ins(f, inspect(&1)))}
  end

  # walks the edit script: common runs kept, the deleted and inserted between two of them paired
  defp segments(edits, dels, inss, loose, f), do: segments(edits, dels, inss, {[], []}, loose, f)

  defp segments([], dels, inss, acc, loose, f), do: flush(dels, inss, acc, loose, f)

  defp segments([{:eq, items} | rest], dels, inss, acc, loose, f) do
    {ls, rs} = flush(dels, inss, acc, loose, f)
    docs = Enum.map(items, &entry_doc(&1, loose, f))
    segments(rest, [], [], {ls ++ docs, rs ++ docs}, loose, f)
  end

  defp segments([{:del, items} | rest], dels, inss, acc, loose, f), do: segments(rest, dels ++ items, inss, acc, loose, f)
  defp segments([{:ins, items} | rest], dels, inss, acc, loose, f), do: segments(rest, dels, inss ++ items, acc, loose, f)

  defp flush(dels, inss, {ls, rs}, loose, f) do
    {pl, pr} = positions(dels, inss, &pair(&1, &2, loose, f), f)
    {ls ++ pl, rs ++ pr}
  end

  # a kept element of a list (a two-element tuple stays a candidate keyword entry)
  defp entry_doc({k, v}, _loose, _f), do: {:pair, k, inspect(k), inspect(v)}
  defp entry_doc(x, _loose, _f), do: inspect(x)

  # a deleted element against an inserted one
  defp pair({k1, v1}, {k2, v2}, loose, f) do
    {kl, kr} = diff(k1, k2, loose, f)
    {vl, vr} = diff(v1, v2, loose, f)
    {{:pair, k1, kl, vl}, {:pair, k2, kr, vr}}
  end

  defp pair(a, b, loose, f), do: diff(a, b, loose, f)

  # a list written as a keyword list when all its entries are pairs with atom keys, its entries
  # compared with their keys marked with their colon
  defp list_doc(items) do
    kw? = items != [] and Enum.all?(items, &(match?({:pair, k, _, _} when is_atom(k), &1) or match?({:marked_pair, k, _, _} when is_atom(k), &1)))
    {:seq, "[", Enum.map(items, &item_doc(&1, kw?)), "]"}
  end

  defp item_doc({:pair, k, kd, vd}, true), do: {:cat, [key_doc(k, kd), " ", vd]}
  defp item_doc({:pair, _k, kd, vd}, false), do: {:seq, "{", [kd, vd], "}"}
  defp item_doc({:marked_pair, _k, kw_text, _tuple_text}, true), do: kw_text
  defp item_doc({:marked_pair, _k, _kw_text, tuple_text}, false), do: tuple_text
  defp item_doc({:tail, doc, tail}, kw?), do: {:cat, [item_doc(doc, kw?), " | ", tail]}
  defp item_doc({:marked, text}, _kw?), do: text
  defp item_doc(doc, _kw?), do: doc

  # a key as a keyword's (`a:`), marked with its colon when it was
  defp key_doc(k, {:marked, text}) do
    plain = Macro.inspect_atom(:key, k)
    String.replace(text, inspect(k), plain, global: false)
  end

  defp key_doc(k, _doc), do: Macro.inspect_atom(:key, k)

  defp proper?([]), do: true
  defp proper?([_ | t]), do: proper?(t)
  defp proper?(_), do: false

  defp split_improper([h | t]) do
    {rest, tail} = split_improper(t)
    {[h | rest], tail}
  end

  defp split_improper(tail), do: {[], tail}

  # [a, b | tail]: the tail after the last element
  defp with_tail(items, _tail, nil), do: items
  defp with_tail(items, _tail, doc), do: List.update_at(items, -1, &{:tail, &1, unmark(doc)})

  defp unmark({:marked, text}), do: text
  defp unmark(doc), do: doc

  # ---- maps -----------------------------------------------------------------------------------------

  # maps and structs: a struct's module after its `%` (marked where the other side is of another
  # module or no struct); two structs whose module inspects them its own way compared as the
  # inspected texts are, as strings
  defp map(l, r, loose, f) do
    {sl, sr} = {struct_name(l), struct_name(r)}

    if sl && sr && Inspect.impl_for(l) not in [Inspect.Any, Inspect.Map] && inspect(l) != inspect(r) do
      text_diff(inspect(l), inspect(r), "", f)
    else
      {ld, rd} = map_entries(Map.delete(l, :__struct__), Map.delete(r, :__struct__), loose, f)
      {ol, or_} = if sl == sr, do: {open(sl, nil), open(sr, nil)}, else: {open(sl, &f.(:diff_delete, &1)), open(sr, &f.(:diff_insert, &1))}
      {{:seq, ol, ld, "}"}, {:seq, or_, rd, "}"}}
    end
  end

  defp struct_name(%{__struct__: m}) when is_atom(m), do: m
  defp struct_name(_), do: nil

  defp open(nil, _mark), do: "%{"
  defp open(m, nil), do: "%" <> inspect(m) <> "{"
  defp open(m, mark), do: "%" <> mark.(inspect(m)) <> "{"

  # the keys both have (sorted), their values compared; then each side's own entries, sorted, marked
  defp map_entries(l, r, loose, f) do
    {lkw?, rkw?} = {Enum.all?(Map.keys(l), &is_atom/1), Enum.all?(Map.keys(r), &is_atom/1)}
    common = l |> Map.keys() |> Enum.filter(&Map.has_key?(r, &1)) |> Enum.sort()

    {lc, rc} =
      common
      |> Enum.map(fn k ->
        {vl, vr} = diff(Map.fetch!(l, k), Map.fetch!(r, k), loose, f)
        {map_entry(k, vl, lkw?), map_entry(k, vr, rkw?)}
      end)
      |> Enum.unzip()

    lonly = for {k, v} <- Enum.sort(Map.to_list(l)), not Map.has_key?(r, k), do: del(f, flat_entry(k, v, lkw?)) |> unmark()
    ronly = for {k, v} <- Enum.sort(Map.to_list(r)), not Map.has_key?(l, k), do: ins(f, flat_entry(k, v, rkw?)) |> unmark()
    {lc ++ lonly, rc ++ ronly}
  end

  defp map_entry(k, vd, true), do: {:cat, [Macro.inspect_atom(:key, k), " ", unmark(vd)]}
  defp map_entry(k, vd, false), do: {:cat, [inspect(k), " => ", unmark(vd)]}

  defp flat_entry(k, v, kw?), do: flat_text(map_entry(k, inspect(v), kw?))

  # ---- patterns (`=`) --------------------------------------------------------------------------------

  # (the variables the pattern binds as it is compared, left to right, are kept in the process
  # dictionary: one seen again is compared with its first value)
  defp pattern(ast, value, pins, f) do
    previous = Process.put(:ex_unit_diff_vars, %{})

    try do
      ast |> pattern_diff(value, pins, f) |> unmark_both()
    after
      if previous, do: Process.put(:ex_unit_diff_vars, previous), else: Process.delete(:ex_unit_diff_vars)
    end
  end

  defp unmark_both({l, r}), do: {finish(l), finish(r)}

  # marks and entries of a pattern's result as documents
  defp finish({:marked, text}), do: text
  defp finish({:seq, open, items, close}), do: {:seq, open, Enum.map(items, &finish/1), close}
  defp finish({:cat, parts}), do: {:cat, Enum.map(parts, &finish/1)}
  defp finish(doc), do: doc

  defp pattern_diff({:_, _, ctx} = ast, value, _pins, _f) when is_atom(ctx), do: {Macro.to_string(ast), inspect(value)}

  defp pattern_diff({name, _meta, ctx} = ast, value, _pins, f) when is_atom(name) and is_atom(ctx) do
    vars = Process.get(:ex_unit_diff_vars, %{})
    key = {name, ctx}

    case vars do
      %{^key => ^value} -> {Macro.to_string(ast), inspect(value)}
      %{^key => _} -> {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}
      _ ->
        Process.put(:ex_unit_diff_vars, Map.put(vars, key, value))
        {Macro.to_string(ast), inspect(value)}
    end
  end

  # "prefix" <> rest: the prefix against as many of the string's first characters, the rest
  # against what follows them (plain inside the quotes when it matches)
  defp pattern_diff({:<>, _, [prefix, {name, _, ctx} = rest]} = ast, value, pins, f)
       when is_binary(prefix) and is_binary(value) and is_atom(name) and is_atom(ctx) do
    {head, tail} = String.split_at(value, String.length(prefix))
    {ld, rd} = text_diff(escape(prefix, ?"), escape(head, ?"), "", f)

    case pattern_diff(rest, tail, pins, f) do
      {_, {:marked, _}} -> {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}
      _ -> {["\"", ld, "\" <> ", Macro.to_string(rest)], ["\"", rd, tail, "\""]}
    end
  end

  defp pattern_diff({:^, _, [{name, _, ctx}]} = ast, value, pins, f) when is_atom(name) and is_atom(ctx) do
    # (pins: [{"name", value}])
    case List.keyfind(pins, Atom.to_string(name), 0) do
      {_, pinned} when pinned === value -> {Macro.to_string(ast), inspect(value)}
      {_, pinned} -> {{:marked, f.(:diff_delete, Macro.to_string(ast))}, elem(diff(pinned, value, false, f), 1)}
      nil -> {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}
    end
  end

  defp pattern_diff(ast, value, _pins, f) when is_atom(ast) or is_number(ast) or is_binary(ast), do: diff(ast, value, false, f)

  defp pattern_diff({a, b}, value, pins, f) when is_tuple(value), do: pattern_tuple([a, b], value, pins, f)
  defp pattern_diff({:{}, _, elems}, value, pins, f) when is_tuple(value), do: pattern_tuple(elems, value, pins, f)

  defp pattern_diff({:++, _, [elems, tail]} = ast, value, pins, f) when is_list(elems) and is_list(value) do
    if proper?(elems) and not Enum.any?(elems, &match?({:|, _, _}, &1)) do
      {ls, ltd, rs} = pattern_list(elems, tail, value, pins, f)
      {{:cat, [list_doc(ls), " ++ ", ltd]}, list_doc(rs)}
    else
      {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}
    end
  end

  defp pattern_diff(ast, value, pins, f) when is_list(ast) and is_list(value) do
    cond do
      ast == [] and value == [] -> {"[]", "[]"}
      List.ascii_printable?(ast) and List.ascii_printable?(value) -> text_diff(escape(List.to_string(ast), ?'), escape(List.to_string(value), ?'), "'", f)
      true -> pattern_list_docs(ast, value, pins, f)
    end
  end

  defp pattern_list_docs(ast, value, pins, f) do
    case split_pattern_list(ast) do
      {elems, tail} ->
        {ls, ltd, rs} = pattern_list(elems, tail, value, pins, f)
        {list_doc(with_tail(ls, tail, ltd)), list_doc(rs)}

      nil ->
        {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}
    end
  end

  defp pattern_diff({:%, _, [name, {:%{}, _, entries}]}, value, pins, f) when is_map(value) and is_list(entries),
    do: pattern_struct([{:__struct__, name} | entries], value, pins, f)

  defp pattern_diff({:%{}, _, entries}, value, pins, f) when is_map(value) and is_list(entries),
    do: pattern_struct(entries, value, pins, f)

  # `pattern when guard`: the pattern compared; when it matches, each clause of the guard (split
  # at and/or) evaluated with the pattern's variables and pins, those false marked
  defp pattern_diff({:when, _, [expr, guard]}, value, pins, f) do
    matches? = pattern_matches?(expr, value, pins)
    {l, r} = pattern_diff(expr, value, pins, f)
    guard_doc = if matches?, do: elem(guard_clause(guard, guard_bindings(pins), f), 0), else: Macro.to_string(guard)
    {{:cat, [finish(l), " when ", guard_doc]}, r}
  end

  # a macro's call (a sigil): what it expands to compared, the call shown, marked whole when that
  # does not match
  defp pattern_diff({_, [{:expanded, expanded} | _], _} = ast, value, pins, f) do
    macro = Macro.update_meta(ast, &Keyword.delete(&1, :expanded))
    matches? = pattern_matches?(expanded, value, pins)
    {_, r} = pattern_diff(expanded, value, pins, f)
    if matches?, do: {Macro.to_string(macro), r}, else: {{:marked, f.(:diff_delete, Macro.to_string(macro))}, r}
  end

  defp pattern_diff(ast, value, _pins, f), do: {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}

  defp pattern_tuple(elems, value, pins, f) do
    {lds, rds} = positions_pattern(elems, Tuple.to_list(value), pins, f)
    {{:seq, "{", lds, "}"}, {:seq, "{", rds, "}"}}
  end

  defp positions_pattern(asts, values, pins, f) do
    n = min(length(asts), length(values))
    {lds, rds} = Enum.zip(asts, values) |> Enum.map(fn {a, v} -> pattern_diff(a, v, pins, f) end) |> Enum.unzip()
    extra_l = Enum.map(Enum.drop(asts, n), &{:marked, f.(:diff_delete, Macro.to_string(&1))})
    extra_r = Enum.map(Enum.drop(values, n), &ins(f, inspect(&1)))
    {lds ++ extra_l, rds ++ extra_r}
  end

  # a map or struct pattern (a struct's module as its :__struct__ entry). A struct pattern of a
  # module that inspects its structs its own way, written with literals only, is built (the
  # struct's defaults filled in) and compared with a struct value as the two inspected texts are,
  # as strings, when both inspect and differ; any other compared entry by entry. A pattern's
  # module is shown as a struct's only when it is a loaded struct that has all the pattern's keys
  # (else `__struct__: name` is one of its entries).
  defp pattern_struct(entries, value, pins, f) do
    name = with {:__struct__, n} <- List.keyfind(entries, :__struct__, 0), do: n
    base = loaded_struct(name)
    rname = struct_name(value)

    cond do
      base == nil or not Enum.all?(entries, fn {k, _} -> Map.has_key?(base, k) end) ->
        pattern_map(entries, value, pins, f, nil, rname)

      rname != nil and Macro.quoted_literal?(entries) ->
        built = struct!(base, entries)

        with true <- Inspect.impl_for(built) not in [Inspect.Any, Inspect.Map],
             {:ok, l} <- safe_inspect(built),
             {:ok, r} when r != l <- safe_inspect(value) do
          text_diff(l, r, "", f)
        else
          _ -> pattern_map(entries, value, pins, f, name, rname)
        end

      true ->
        pattern_map(entries, value, pins, f, name, rname)
    end
  end

  defp loaded_struct(name) do
    if is_atom(name) and name != nil and Code.ensure_loaded?(name) and function_exported?(name, :__struct__, 0),
      do: name.__struct__()
  end

  defp safe_inspect(value) do
    {:ok, inspect(value, safe: false)}
  rescue
    _ -> :error
  end

  # the pattern's keys the value has compared, then its own entries marked (each group sorted); the
  # value's other entries plain (a map pattern matches more keys). A side with a module (lname,
  # rname) is written as that struct, its :__struct__ entry as the name after `%`.
  defp pattern_map(entries, value, pins, f, lname, rname) do
    {common, own} = Enum.split_with(entries, fn {k, _} -> Map.has_key?(value, pattern_key(k, pins)) end)

    {lc, rc} =
      common
      |> Enum.map(fn {k, ast} ->
        key = pattern_key(k, pins)
        {l, r} = pattern_diff(ast, Map.fetch!(value, key), pins, f)
        {{k, finish(l)}, {key, finish(r)}}
      end)
      |> Enum.unzip()

    lown = Enum.map(own, fn {k, ast} -> {k, {:own, ast}} end)
    keys = Enum.map(rc, &elem(&1, 0))
    rrest = for {k, v} <- Map.to_list(value), k not in keys, do: {k, inspect(v)}
    {struct_doc(Enum.sort(lc) ++ Enum.sort(lown), lname, f), struct_doc(Enum.sort(rc) ++ Enum.sort(rrest), rname, f)}
  end

  # a key of a map pattern: a pin's value, else the literal itself
  defp pattern_key({:^, _, [{name, _, ctx}]}, pins) when is_atom(name) and is_atom(ctx) do
    case List.keyfind(pins, Atom.to_string(name), 0) do
      {_, pinned} -> pinned
      nil -> {:^, [], [{name, [], ctx}]}
    end
  end

  defp pattern_key(k, _pins), do: k

  # `%{...}`, or `%Name{...}` when the side has a module (its :__struct__ entry taken out)
  defp struct_doc(items, nil, f), do: {:seq, "%{", entry_docs(items, f), "}"}

  defp struct_doc(items, _name, f) do
    {name_doc, rest} =
      case List.keytake(items, :__struct__, 0) do
        {{_, {:own, ast}}, rest} -> {f.(:diff_delete, Macro.to_string(ast)), rest}
        {{_, doc}, rest} -> {doc, rest}
      end

    {:seq, ["%", flat(name_doc), "{"], entry_docs(rest, f), "}"}
  end

  defp entry_docs(items, f) do
    kw? = Enum.all?(items, fn {k, _} -> is_atom(k) end)

    Enum.map(items, fn
      {k, {:own, ast}} -> f.(:diff_delete, flat_text(pattern_entry(k, ast, kw?)))
      {k, doc} -> entry_doc_of(k, doc, kw?)
    end)
  end

  defp entry_doc_of(k, doc, true), do: {:cat, [Macro.inspect_atom(:key, k), " ", doc]}
  defp entry_doc_of(k, doc, false), do: {:cat, [key_text(k), " => ", doc]}

  defp key_text(k) when is_tuple(k) and tuple_size(k) == 3, do: Macro.to_string(k)
  defp key_text(k), do: inspect(k)

  defp guard_bindings(pins) do
    vars = for {{name, ctx}, value} <- Process.get(:ex_unit_diff_vars, %{}), do: {{name, ctx}, value}
    Map.new(vars ++ for({name, value} <- pins, do: {{String.to_atom(name), nil}, value}))
  end

  # {document, true when the clause holds}; a clause with a variable the pattern does not bind holds not, unmarked
  defp guard_clause({op, _, [c1, c2]}, bindings, f) when op in [:when, :or, :and] do
    {d1, e1} = guard_clause(c1, bindings, f)
    {d2, e2} = guard_clause(c2, bindings, f)
    {{:cat, [d1, " #{op} ", d2]}, if(op == :and, do: e1 and e2, else: e1 or e2)}
  end

  defp guard_clause(quoted, bindings, f) do
    expanded =
      Macro.prewalk(quoted, fn
        {_, [{:expanded, expanded} | _], _} -> expanded
        {var, meta, ctx} = expr when is_atom(var) and is_atom(ctx) ->
          if Map.has_key?(bindings, {var, ctx}), do: {var, Keyword.delete(meta, :counter), ctx}, else: throw(:ex_unit_diff_abort)

        other -> other
      end)

    {holds, _} = Code.eval_quoted(expanded, for({{name, ctx}, v} <- bindings, do: if(ctx, do: {{name, ctx}, v}, else: {name, v})))
    text = Macro.to_string(Macro.prewalk(quoted, &Macro.update_meta(&1, fn m -> Keyword.delete(m, :expanded) end)))
    if holds, do: {text, true}, else: {f.(:diff_delete, text), false}
  catch
    :ex_unit_diff_abort -> {Macro.to_string(quoted), false}
  end

  # ---- list patterns ----------------------------------------------------------------------------------

  # [a, b] -> {[a, b], nil}; [a, b | t] -> {[a, b], t} (t no list pattern); else nil
  defp split_pattern_list(ast) do
    case Enum.split(ast, -1) do
      {elems, [{:|, _, [last, tail]}]} when not is_list(tail) ->
        if Enum.any?(elems, &match?({:|, _, _}, &1)), do: nil, else: {elems ++ [last], tail}

      _ ->
        if proper?(ast) and not Enum.any?(ast, &match?({:|, _, _}, &1)), do: {ast, nil}
    end
  end

  # A list pattern as ExUnit compares it with a list: its elements against as many of the value's
  # first ones by their longest common subsequence (an element of each in it when the pattern's
  # matches the value's), a deleted and an inserted one between two of it compared in pairs; then
  # its tail pattern against the value's rest, or that rest marked as added. {left items, the tail
  # pattern's document (nil without one), right items}
  defp pattern_list(elems, tail, value, pins, f) do
    {head, rest} = split_value_list(value, length(elems))
    {ledits, redits} = edit_script(elems, head, &pattern_matches?(&1, &2, pins))
    {ls, rs} = pattern_script(ledits, redits, pins, f, [], [])

    cond do
      tail == nil ->
        {ls, nil, rest_items(rs, rest, &ins(f, inspect(&1)))}

      pattern_matches?(tail, rest, pins) ->
        {ls, Macro.to_string(tail), rest_items(rs, rest, &inspect/1)}

      true ->
        {ltd, rtd} = pattern_diff(tail, rest, pins, f)
        {ls, finish(ltd), with_tail(rs, rest, finish(rtd))}
    end
  end

  defp split_value_list([h | t], n) when n > 0 do
    {head, rest} = split_value_list(t, n - 1)
    {[h | head], rest}
  end

  defp split_value_list(rest, _n), do: {[], rest}

  # the right items followed by the value's rest: its elements, then an improper tail after `|`
  defp rest_items(items, [h | t], doc), do: rest_items(items ++ [doc.(h)], t, doc)
  defp rest_items(items, [], _doc), do: items
  defp rest_items(items, tail, doc), do: with_tail(items, tail, doc.(tail))

  defp pattern_script([], [], _pins, _f, ls, rs), do: {Enum.reverse(ls), Enum.reverse(rs)}

  defp pattern_script([{:del, a} | l], [{:ins, v} | r], pins, f, ls, rs) do
    {ld, rd} = pattern_item(a, v, pins, f)
    pattern_script(l, r, pins, f, [ld | ls], [rd | rs])
  end

  defp pattern_script([{:del, a} | l], r, pins, f, ls, rs),
    do: pattern_script(l, r, pins, f, [marked_pattern(a, f) | ls], rs)

  defp pattern_script(l, [{:ins, v} | r], pins, f, ls, rs),
    do: pattern_script(l, r, pins, f, ls, [ins(f, inspect(v)) | rs])

  defp pattern_script([{:eq, a} | l], [{:eq, v} | r], pins, f, ls, rs) do
    {ld, rd} = pattern_item(a, v, pins, f)
    pattern_script(l, r, pins, f, [ld | ls], [rd | rs])
  end

  # an element of a list pattern against one of the value: a {key, value} pattern against a pair
  # stays a candidate keyword entry on both sides
  defp pattern_item({k, v}, {vk, vv}, pins, f) do
    {kl, kr} = pattern_diff(k, vk, pins, f)
    {vl, vr} = pattern_diff(v, vv, pins, f)
    {{:pair, k, kl, finish(vl)}, {:pair, vk, kr, finish(vr)}}
  end

  defp pattern_item(a, v, pins, f) do
    {l, r} = pattern_diff(a, v, pins, f)
    {finish(l), finish(r)}
  end

  # a pattern's element with no counterpart, marked whole ({key, value} kept a keyword candidate)
  defp marked_pattern({k, v}, f) when is_atom(k),
    do: {:marked_pair, k, f.(:diff_delete, Macro.inspect_atom(:key, k) <> " " <> Macro.to_string(v)), f.(:diff_delete, Macro.to_string({k, v}))}

  defp marked_pattern(a, f), do: {:marked, f.(:diff_delete, Macro.to_string(a))}

  # whether a pattern matches a value as the diff sees it (nothing of it marked)
  # (the variables it binds are forgotten: the diff proper binds them)
  defp pattern_matches?(ast, value, pins) do
    vars = Process.get(:ex_unit_diff_vars, %{})

    try do
      pattern_diff(ast, value, pins, fn _, _ -> throw(:ex_unit_diff_mismatch) end)
      true
    catch
      :ex_unit_diff_mismatch -> false
    after
      Process.put(:ex_unit_diff_vars, vars)
    end
  end

  # Elixir's Myers walk over two lists, elements the same when equal?.(left, right) says so:
  # {left edits, right edits}, each [{:eq | :del, element}] / [{:eq | :ins, element}] in order
  defp edit_script(l, r, equal?), do: edit_search(0, [{0, l, r, [], []}], equal?)

  defp edit_search(envelope, paths, equal?) do
    case edit_diagonals(-envelope, envelope, paths, [], equal?) do
      {:done, e1, e2} -> {Enum.reverse(e1), Enum.reverse(e2)}
      {:next, paths} -> edit_search(envelope + 1, paths, equal?)
    end
  end

  defp edit_diagonals(diag, limit, _paths, next, _equal?) when diag > limit, do: {:next, Enum.reverse(next)}

  defp edit_diagonals(diag, limit, paths, next, equal?) do
    {path, rest} = edit_proceed(diag, limit, paths)

    case edit_snake(path, equal?) do
      {:cont, path} -> edit_diagonals(diag + 2, limit, rest, [path | next], equal?)
      done -> done
    end
  end

  defp edit_proceed(0, 0, [path]), do: {path, []}
  defp edit_proceed(diag, limit, [path | _] = paths) when diag == -limit, do: {edit_down(path), paths}
  defp edit_proceed(diag, limit, [path]) when diag == limit, do: {edit_right(path), []}

  defp edit_proceed(_diag, _limit, [path1, path2 | rest]) do
    if elem(path1, 0) > elem(path2, 0), do: {edit_right(path1), [path2 | rest]}, else: {edit_down(path2), [path2 | rest]}
  end

  defp edit_right({y, l, [x | r], e1, e2}), do: {y, l, r, e1, [{:ins, x} | e2]}
  defp edit_right(path), do: path
  defp edit_down({y, [x | l], r, e1, e2}), do: {y + 1, l, r, [{:del, x} | e1], e2}
  defp edit_down({y, [], r, e1, e2}), do: {y + 1, [], r, e1, e2}

  defp edit_snake({y, [a | l], [b | r], e1, e2} = path, equal?) do
    if equal?.(a, b), do: edit_snake({y + 1, l, r, [{:eq, a} | e1], [{:eq, b} | e2]}, equal?), else: {:cont, path}
  end

  defp edit_snake({_y, [], [], e1, e2}, _equal?), do: {:done, e1, e2}
  defp edit_snake(path, _equal?), do: {:cont, path}

  defp pattern_entry(k, ast, true), do: {:cat, [Macro.inspect_atom(:key, k), " ", Macro.to_string(ast)]}
  defp pattern_entry(k, ast, false), do: {:cat, [key_text(k), " => ", Macro.to_string(ast)]}
end
