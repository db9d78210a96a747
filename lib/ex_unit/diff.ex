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

  @doc "{left, right} as text with the differences marked; context :== | :=== | {:match, pins}"
  def sides(left, right, context, f, width \\ :infinity) do
    {l, r} =
      case context do
        {:match, pins} -> pattern(left, right, pins, f)
        :== -> diff(left, right, true, f)
        _ -> diff(left, right, false, f)
      end

    {layout(l, width), layout(r, width)}
  end

  # ---- documents: text (iodata), {:seq, open, items, close} and {:cat, parts} ----------------------

  defp layout(doc, width), do: doc |> render(0, 0, 0, width) |> IO.iodata_to_binary()

  defp flat({:seq, open, items, close}), do: [open, Enum.intersperse(Enum.map(items, &flat/1), ", "), close]
  defp flat({:cat, parts}), do: Enum.map(parts, &flat/1)
  defp flat({:marked, text}), do: text
  defp flat(text), do: text

  defp flat_text(doc), do: IO.iodata_to_binary(flat(doc))

  # the columns a document takes on one line (its colours take none)
  defp flat_width(doc), do: doc |> flat_text() |> String.replace(~r/\e\[[0-9;]*m/, "") |> String.length()

  # used: the columns the line has before the document; after: those that follow it (a comma)
  defp render(doc, _indent, _used, _after, :infinity), do: flat(doc)

  defp render({:seq, open, items, close} = doc, indent, used, after_doc, width) do
    if used + flat_width(doc) + after_doc <= width do
      flat(doc)
    else
      inner = indent + 2
      pad = "\n" <> String.duplicate(" ", inner)
      last = length(items) - 1

      body =
        items
        |> Enum.with_index()
        |> Enum.map(fn {item, i} ->
          if i == last, do: [pad, render(item, inner, inner, 0, width)], else: [pad, render(item, inner, inner, 1, width), ","]
        end)

      [open, body, "\n", String.duplicate(" ", indent), close]
    end
  end

  defp render({:cat, parts}, indent, used, after_doc, width) do
    last = length(parts) - 1

    {out, _} =
      parts
      |> Enum.with_index()
      |> Enum.map_reduce(used, fn {part, i}, used ->
        {render(part, indent, used, if(i == last, do: after_doc, else: 0), width), used + flat_width(part)}
      end)

    out
  end

  defp render(doc, _indent, _used, _after, _width), do: flat(doc)

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
      is_binary(l) and is_binary(r) and printable?(l) and printable?(r) -> text_diff(escape(l, ?"), escape(r, ?"), "\"", f)
      is_list(l) and is_list(r) -> list(l, r, loose, f)
      is_tuple(l) and is_tuple(r) -> tuple(Tuple.to_list(l), Tuple.to_list(r), loose, f)
      is_map(l) and is_map(r) -> map(l, r, loose, f)
      true -> whole(l, r, f)
    end
  end

  defp printable?(s), do: String.valid?(s) and String.printable?(s)

  # a string's text as inspect writes it between its delimiters
  defp escape(s, ?"), do: s |> inspect() |> String.slice(1..-2//1)
  defp escape(s, ?'), do: s |> String.to_charlist() |> inspect() |> String.slice(1..-2//1)

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
    kw? = items != [] and Enum.all?(items, &match?({:pair, k, _, _} when is_atom(k), &1))
    {:seq, "[", Enum.map(items, &item_doc(&1, kw?)), "]"}
  end

  defp item_doc({:pair, k, kd, vd}, true), do: {:cat, [key_doc(k, kd), " ", vd]}
  defp item_doc({:pair, _k, kd, vd}, false), do: {:seq, "{", [kd, vd], "}"}
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

  defp pattern(ast, value, pins, f), do: ast |> pattern_diff(value, pins, f) |> unmark_both()

  defp unmark_both({l, r}), do: {finish(l), finish(r)}

  # marks and entries of a pattern's result as documents
  defp finish({:marked, text}), do: text
  defp finish({:seq, open, items, close}), do: {:seq, open, Enum.map(items, &finish/1), close}
  defp finish({:cat, parts}), do: {:cat, Enum.map(parts, &finish/1)}
  defp finish(doc), do: doc

  defp pattern_diff({:_, _, ctx} = ast, value, _pins, _f) when is_atom(ctx), do: {Macro.to_string(ast), inspect(value)}

  defp pattern_diff({name, _, ctx} = ast, value, _pins, _f) when is_atom(name) and is_atom(ctx),
    do: {Macro.to_string(ast), inspect(value)}

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

  defp pattern_diff(ast, value, pins, f) when is_list(ast) and is_list(value) do
    if proper?(value) and length(ast) == length(value) and not Enum.any?(ast, &match?({:|, _, _}, &1)) do
      {ls, rs} = Enum.zip(ast, value) |> Enum.map(fn {a, v} -> pattern_diff(a, v, pins, f) end) |> Enum.unzip()
      {{:seq, "[", ls, "]"}, {:seq, "[", rs, "]"}}
    else
      {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}
    end
  end

  defp pattern_diff({:%{}, _, entries} = ast, value, pins, f) when is_map(value) and not is_map_key(value, :__struct__) do
    if Enum.all?(entries, &match?({k, _} when is_atom(k) or is_number(k) or is_binary(k), &1)) do
      pattern_map(entries, value, pins, f)
    else
      {{:marked, f.(:diff_delete, Macro.to_string(ast))}, ins(f, inspect(value))}
    end
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

  # a map pattern: its keys the value has compared (sorted), then its own entries marked; the
  # value's other entries plain (a map pattern matches more keys)
  defp pattern_map(entries, value, pins, f) do
    lkw? = Enum.all?(entries, fn {k, _} -> is_atom(k) end)
    rkw? = Enum.all?(Map.keys(value), &is_atom/1)
    {common, own} = Enum.split_with(entries, fn {k, _} -> Map.has_key?(value, k) end)

    {lc, rc} =
      common
      |> Enum.sort()
      |> Enum.map(fn {k, ast} ->
        {l, r} = pattern_diff(ast, Map.fetch!(value, k), pins, f)
        {map_entry(k, finish(l), lkw?), map_entry(k, finish(r), rkw?)}
      end)
      |> Enum.unzip()

    lown = for {k, ast} <- Enum.sort(own), do: f.(:diff_delete, flat_text(pattern_entry(k, ast, lkw?)))
    keys = Enum.map(common, &elem(&1, 0))
    rrest = for {k, v} <- Enum.sort(Map.to_list(value)), k not in keys, do: flat_entry(k, v, rkw?)
    {{:seq, "%{", lc ++ lown, "}"}, {:seq, "%{", rc ++ rrest, "}"}}
  end

  defp pattern_entry(k, ast, true), do: {:cat, [Macro.inspect_atom(:key, k), " ", Macro.to_string(ast)]}
  defp pattern_entry(k, ast, false), do: {:cat, [inspect(k), " => ", Macro.to_string(ast)]}
end
