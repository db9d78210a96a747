# Enum.group_by/3 with a dictionary (deprecated in 1.14): a map or keyword list collects the
# groups; a keyword dictionary given a key that is no atom fails in Keyword.update/4 under the
# reduce Elixir inlines into group_by/3 (its own foldl), not under a helper of beamlet's
IO.inspect(Enum.group_by([1, 2, 3], %{}, &rem(&1, 2)))
IO.inspect(Enum.group_by(1..4, [], &if(rem(&1, 2) == 0, do: :even, else: :odd)))

try do
  Enum.group_by([1, 2, 3], [], &rem(&1, 2))
rescue
  e ->
    IO.puts(Exception.message(e) |> String.split("\n") |> hd())
    for {m, f, a, loc} <- Enum.take(__STACKTRACE__, 2), do: IO.inspect({m, f, if(is_list(a), do: length(a), else: a), loc})
end
