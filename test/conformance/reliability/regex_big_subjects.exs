# Regex runs over subjects bigger than one chunk of work (vm/bifs/re_run.ts decodes 64 KB and
# searches a window of start positions at a time, then goes on where it stopped): the matches,
# captures and pieces are Elixir's whatever chunk boundary a match starts, ends or is empty at.
# (Offsets fall on character boundaries: OTP 25 answers one inside a character with a badarg or,
# when the subject's check traps, :nomatch.)
ascii = String.duplicate("the quick brown fox, 42 jumps; ", 12_000)
utf = String.duplicate("aé日 Ωx9 ", 30_000) <> "tail"
latin = :binary.copy(<<0xE9, 0x61, 0x20, 0xFF, 0x31, 0x0A>>, 40_000)
digest = fn r -> {length(List.wrap(r)), :erlang.phash2(r)} end

for {name, s, off, ps} <- [
      {"ascii", ascii, 200_001, [~r/\w+/, ~r/\d+/, ~r/(o)(x)?/, ~r/x*/, ~r/;\s*/, ~r/^t/m, ~r/[^a-z]/, ~r/(?i)Q\w*/, ~r/\bj/, ~r/z$/]},
      {"utf", utf, 12 * 16_667, [~r/\w+/u, ~r/日/u, ~r/(é)(日)?/u, ~r/x*/u, ~r/\s/u, ~r/\p{Greek}/u, ~r/[^\x00-\x7f]+/u, ~r/l$/u]},
      {"latin", latin, 200_001, [~r/\w+/, ~r/\xFF/, ~r/^a/m, ~r/\W+/, ~r/(?i)\xC9/, ~r/$/m]}
    ],
    p <- ps do
  scan = Regex.scan(p, s)
  idx = Regex.scan(p, s, return: :index)
  IO.puts(Enum.join([name, inspect(p.source),
    inspect(digest.(scan)), inspect(Enum.take(scan, 3)), inspect(Enum.take(idx, -3)),
    inspect(digest.(Regex.split(p, s))), inspect(byte_size(Regex.replace(p, s, "<&>"))),
    inspect(digest.(:re.split(s, p.re_pattern))), inspect(Regex.run(p, s, return: :index, offset: off)),
    inspect(:erlang.phash2(:re.replace(s, p.re_pattern, "[\\0]", [:global, {:return, :binary}])))], " "))
end
