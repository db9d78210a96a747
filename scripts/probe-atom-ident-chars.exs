# Probe real elixir for which characters an unquoted atom may hold (source of the tables in
# vm/atom_ident_chars.ts). Prints "CODEPOINT START_QUOTED AFTER_A_QUOTED" for every code point up
# to 0x323AF; continue characters of other scripts were probed the same way after a start
# character of their own script (mixing scripts quotes the atom), given as "CP PREFIX" lines in
# the file named by the first argument, if any.
quoted? = fn s -> String.starts_with?(inspect(String.to_atom(s)), ":\"") end

case System.argv() do
  [] ->
    for c <- 0..0x323AF, c not in 0xD800..0xDFFF do
      IO.puts("#{c} #{quoted?.(<<c::utf8>>)} #{quoted?.("a" <> <<c::utf8>>)}")
    end

  [pairs] ->
    for line <- File.stream!(pairs) do
      [c, p] = line |> String.split() |> Enum.map(&String.to_integer/1)
      IO.puts("#{c} #{quoted?.(<<p::utf8, c::utf8>>)}")
    end
end
