# File.stream!/3 with :trim_bom as Elixir 1.14: a raw file is read from past its BOM (UTF-8,
# UTF-16 or UTF-32, by its first bytes), a file with an encoding past its first character when
# that is one; Enum.count of a raw file's byte chunks comes from its size less the BOM's length
# (as 1.14 computes it), and a stream of characters is counted by reading it.
dir = Path.join(System.tmp_dir!(), "file_stream_trim_bom_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
p = Path.join(dir, "b.txt")

for content <- [<<0xEF, 0xBB, 0xBF, "ab\ncd\n">>, "plain\nx", <<0xFE, 0xFF, 0, ?a>>, <<0xFF, 0xFE, ?a, 0>>, "", <<0xEF, 0xBB>>, "ééé\né"],
    {modes, what} <- [{[:trim_bom], :line}, {[:trim_bom], 2}, {[], 2}, {[:trim_bom, :utf8], :line}, {[:utf8], 2}, {[:trim_bom, :utf8], 1}],
    # (a chunk of characters that are not UTF-8 fails in a way of its own)
    not (content == <<0xEF, 0xBB>> and modes == [:utf8]) do
  File.write!(p, content)
  s = File.stream!(p, modes, what)
  r = try do {Enum.to_list(s), Enum.count(s)} rescue e -> {e.__struct__, Exception.message(e)} end
  IO.inspect({content, modes, what, r})
end

File.rm_rf!(dir)
