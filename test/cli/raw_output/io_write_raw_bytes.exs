# IO.write of a bare binary writes its bytes untouched, valid UTF-8 or not (standard_error's server
# checks them); IO.puts wraps the binary in a list, which the io server checks
IO.write(<<255>>)
IO.write("\n")
IO.write(<<"caf", 0xE9, "!\n">>)
IO.puts("plain é 😀")
IO.write(<<0xED, 0xA0, 0x80>>)
IO.write(:stdio, "\n")
s = <<1, 2, 200, 201, 10>>
IO.write(s)
IO.inspect(byte_size(s))
try do
  IO.puts(<<"caf", 0xE9>>)
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  IO.write(:stderr, <<0xC3, 0x28, "é😀", 0xF0, 0x9F, 10>>)
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)})
end
IO.write(:stderr, "fine é\n")
