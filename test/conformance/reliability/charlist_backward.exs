# String.to_charlist/1 of a large binary (built from its end, a chunk at a time): the code points
# in order, and invalid UTF-8 anywhere (first, middle, last; a truncated sequence, a lone byte, a
# stray continuation byte, an overlong form, a surrogate) raises the same UnicodeConversionError
# as the whole binary does at once
big = String.duplicate("aé€😀", 20_000)
l = String.to_charlist(big)
IO.inspect({length(l), Enum.take(l, 5), Enum.take(l, -3), l == :unicode.characters_to_list(big)})

for bad <- [<<0xE2, 0x82>>, <<255>>, <<0x80>>, <<0xC3, 0xA9, 0xA9>>, <<0xC0, 0x80>>, <<0xED, 0xA0, 0x80>>, <<0xF0, 0x9F, 0x98>>] do
  for at <- [0, 30_001, byte_size(big)] do
    <<pre::binary-size(at), post::binary>> = big
    s = pre <> bad <> post

    try do
      String.to_charlist(s)
      IO.puts("no error")
    rescue
      e -> IO.inspect({at, e.__struct__, String.slice(Exception.message(e), 0, 60), length(e.encoded)})
    end
  end
end
