# String.replace of binaries past 64 KB with binary patterns (scanned in chunks that let other
# processes run) gives Elixir's result: leftmost-longest matches, several patterns, matches across
# chunk ends, :global false, multi-byte text and invalid bytes kept as they are
hash = fn b -> Base.encode16(:crypto.hash(:md5, b)) end
show = fn name, r -> IO.puts("#{name}: #{byte_size(r)} #{hash.(r)}") end
a = String.duplicate("abcdé", 40_000)
show.("one", String.replace(a, "c", "XY"))
show.("multi", String.replace(a, "dé", ""))
show.("several", String.replace(a, ["ab", "abc", "é"], "-"))
show.("first only", String.replace(a, "b", "B", global: false))
show.("global true", String.replace(a, "b", "B", global: true))
show.("none", String.replace(a, "zz", "q"))
show.("across", String.replace(String.duplicate("x", 65_535) <> "needle" <> String.duplicate("y", 70_000), "needle", "N"))
show.("long pattern", String.replace(String.duplicate("ab", 100_000), String.duplicate("ab", 1000), "!"))
show.("invalid", String.replace(String.duplicate(<<255, ?a, ?b>>, 40_000), "ab", "é"))
show.("at ends", String.replace("q" <> String.duplicate("m", 70_000) <> "q", "q", "<>"))
show.("grow", String.replace(String.duplicate("a", 100_000), "a", "bb"))
IO.inspect(String.replace(a, "b", "B", global: false) |> binary_part(0, 10))
