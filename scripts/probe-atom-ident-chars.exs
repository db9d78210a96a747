# Probe real elixir 1.14's identifier tokenizer (String.Tokenizer.tokenize/1, which the tokenizer
# runs for atoms, variables, calls and keyword keys) for the non-ASCII characters it accepts: the
# source of the tables in vm/atom_ident_chars.ts. START: a name may begin with it; UPPER: the
# name is then an atom only (`:Ólá`, never a variable); CONTINUE: it may follow "a" (a character
# of another script is accepted there, then refused as mixed-script). Prints the three tables in
# the file's encoding: ranges as base-36 pairs (gap from the previous range end, length - 1).
kind = fn s ->
  case String.Tokenizer.tokenize(s) do
    {kind, _acc, [], _len, _ascii, _special} -> kind
    {:error, {:not_highly_restrictive, _, _}} -> :mixed
    _ -> :no
  end
end

encode = fn cps ->
  cps
  |> Enum.chunk_while(nil, fn
    c, nil -> {:cont, {c, c}}
    c, {lo, hi} when c == hi + 1 -> {:cont, {lo, c}}
    c, r -> {:cont, r, {c, c}}
  end, fn nil -> {:cont, nil}; r -> {:cont, r, nil} end)
  |> Enum.map_reduce(0, fn {lo, hi}, prev -> {[Integer.to_string(lo - prev, 36), Integer.to_string(hi - lo, 36)], hi} end)
  |> elem(0)
  |> List.flatten()
  |> Enum.join(",")
  |> String.downcase()
end

cps = for c <- 0x80..0x323AF, c not in 0xD800..0xDFFF, do: c
starts = Enum.filter(cps, &(kind.([&1]) in [:identifier, :atom]))
uppers = Enum.filter(cps, &(kind.([&1]) == :atom))
conts = Enum.filter(cps, &(kind.([?a, &1]) in [:identifier, :mixed]))
IO.puts("START #{encode.(starts)}")
IO.puts("UPPER #{encode.(uppers)}")
IO.puts("CONTINUE #{encode.(conts)}")
