# list_to_binary/1 and iolist_to_binary/1 of long iolists (walked once, into a growing buffer):
# the bytes, nested shapes, and the errors of what is no iolist, found anywhere in it
l = :binary.bin_to_list(:binary.copy("abcdefgh", 50_000))
{:reductions, r0} = Process.info(self(), :reductions)
b = :erlang.list_to_binary(l)
{:reductions, r1} = Process.info(self(), :reductions)
IO.puts("bytes=#{byte_size(b)} same=#{b == :binary.copy("abcdefgh", 50_000)} charged=#{r1 > r0}")
nested = [l, [<<1, 2, 3>>, [l | "xyz"]], 7 | "tail"]
IO.inspect({byte_size(IO.iodata_to_binary(nested)), :erlang.md5(IO.iodata_to_binary(nested)), :erlang.iolist_size(nested)})
IO.inspect(try do :erlang.list_to_binary(l ++ [256]) rescue e -> Exception.message(e) end)
IO.inspect(try do :erlang.list_to_binary(l ++ [<<1::1>>]) rescue e -> Exception.message(e) end)
IO.inspect(try do IO.iodata_to_binary(l ++ [:a]) rescue e -> Exception.message(e) end)
IO.inspect(try do :erlang.iolist_to_binary([l | :tail]) rescue e -> Exception.message(e) end)
IO.inspect(:erlang.list_to_binary([[], [[]], "a" | "b"]))
big = :binary.copy("z", 300_000)
IO.inspect(byte_size(:erlang.iolist_to_binary(Enum.map(1..1000, fn _ -> [?a, big] end))))
