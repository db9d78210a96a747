# Regenerates the Macro.to_string differential corpus with real Elixir 1.14:
#   elixir scripts/regen-to-string-corpus.exs      (from the repository's root)
# It parses the conformance programs and the parser fixtures, collects their calls (every node
# {name, meta, args}, deduplicated without their metadata), picks a fixed number in each size
# bucket (by a hash of the node, so reruns give the same corpus), and writes them as one
# inspected quoted expression a line to test/conformance/macros/to_string_corpus_N.terms (parts
# 1 and 2 with the parser's line metadata, 3 and 4 without metadata).
# The programs to_string_corpus_N.exs read those files and print Macro.to_string of each; their
# goldens come from scripts/regen-goldens.sh macros/to_string_corpus_ as usual.
files =
  Path.wildcard("test/conformance/*/*.exs") ++ Path.wildcard("test/lang/fixtures/*.exs")

collect = fn
  {name, _, args} = node, acc when is_list(args) and (is_atom(name) or is_tuple(name)) ->
    {node, [node | acc]}

  node, acc ->
    {node, acc}
end

quoted =
  files
  |> Enum.sort()
  |> Enum.flat_map(fn file ->
    case Code.string_to_quoted(File.read!(file)) do
      {:ok, ast} -> ast |> Macro.prewalk([], collect) |> elem(1)
      _ -> []
    end
  end)

strip = fn q -> Macro.prewalk(q, fn {a, m, b} when is_list(m) -> {a, [], b}; x -> x end) end

# by size (nodes): small, one line or so, a few lines, many lines; larger ones are left out
size = fn q -> q |> Macro.prewalk(0, fn x, n -> {x, n + 1} end) |> elem(1) end

bucket = fn n ->
  cond do
    n < 8 -> 0
    n < 25 -> 1
    n < 80 -> 2
    n <= 400 -> 3
    true -> nil
  end
end

per_bucket = %{0 => 150, 1 => 250, 2 => 250, 3 => 150}

picked =
  quoted
  |> Enum.uniq_by(strip)
  |> Enum.group_by(fn q -> bucket.(size.(q)) end)
  |> Enum.reject(fn {b, _} -> b == nil end)
  |> Enum.sort()
  |> Enum.flat_map(fn {b, items} ->
    items
    |> Enum.sort_by(fn q -> :erlang.phash2(strip.(q)) end)
    |> Stream.flat_map(fn q ->
      # (a few shapes only the parser makes, such as a call given an empty block, make 1.14's
      # formatter raise: those are left out)
      try do
        [{Macro.to_string(q), q}]
      rescue
        _ -> []
      end
    end)
    |> Stream.uniq_by(&elem(&1, 0))
    |> Enum.take(per_bucket[b])
  end)
  |> Enum.sort_by(fn {text, _} -> :erlang.phash2({:order, text}) end)

picked
|> Enum.chunk_every(200)
|> Enum.with_index(1)
|> Enum.each(fn {chunk, n} ->
  # parts 1 and 2 keep the parser's line metadata (the formatter puts a call's arguments on lines
  # of their own where they came from different lines); 3 and 4 have none, as `quote` gives
  chunk = if n > 2, do: Enum.map(chunk, fn {text, q} -> {text, strip.(q)} end), else: chunk
  lines = Enum.map(chunk, fn {_, q} -> [inspect(q, limit: :infinity, printable_limit: :infinity), "\n"] end)
  File.write!("test/conformance/macros/to_string_corpus_#{n}.terms", lines)
end)

IO.puts("#{length(picked)} expressions")
