# Ports and references of another node read by binary_to_term: V4_PORT_EXT numbers up to 2^64 - 1
# keep every digit (past 2^53 too) and write back as read (a number that fits 32 bits as
# NEW_PORT_EXT), and :erlang.phash2 hashes them by their numbers as the BEAM does (a port by its
# number's two 32-bit halves, a reference by its first word), whatever their node or creation.
name = :"a@b"
# (the number of a port's text, after its node's: `#Port<N.number>`)
digits = fn p -> p |> inspect() |> String.split(".") |> List.last() |> String.trim_trailing(">") end
nb = binary_part(:erlang.term_to_binary(name), 1, byte_size(:erlang.term_to_binary(name)) - 1)

for id <- [5, 2 ** 32, 2 ** 40, 2 ** 53 + 1, 2 ** 64 - 1] do
  bin = <<131, 120>> <> nb <> <<id::64, 7::32>>
  p = :erlang.binary_to_term(bin)
  IO.inspect({id, digits.(p), :erlang.term_to_binary(p) == bin, :erlang.phash2(p), :erlang.phash2(p, 1000), node(p)})
end

big = fn id -> :erlang.binary_to_term(<<131, 120>> <> nb <> <<id::64, 7::32>>) end
IO.inspect(big.(2 ** 53 + 1) == big.(2 ** 53), label: "2^53 + 1 == 2^53")
IO.inspect(big.(2 ** 53 + 1) > big.(2 ** 53), label: "2^53 + 1 > 2^53")
IO.inspect(Enum.sort([big.(2 ** 64 - 1), big.(3), big.(2 ** 53 + 1), big.(2 ** 53)]) |> Enum.map(digits), label: "sorted")

for cr <- [0, 1, 5] do
  pid = :erlang.binary_to_term(<<131, 88>> <> nb <> <<10::32, 0::32, cr::32>>)
  ref = :erlang.binary_to_term(<<131, 90, 0, 3>> <> nb <> <<cr::32, 1::32, 2::32, 3::32>>)
  ref2 = :erlang.binary_to_term(<<131, 90, 0, 3>> <> nb <> <<cr::32, 7::32, 2::32, 3::32>>)
  port = :erlang.binary_to_term(<<131, 89>> <> nb <> <<9::32, cr::32>>)
  port2 = :erlang.binary_to_term(<<131, 89>> <> nb <> <<12::32, cr::32>>)
  IO.inspect({cr, pid, ref, port})
  IO.inspect({:erlang.phash2(pid), :erlang.phash2(ref), :erlang.phash2(ref2), :erlang.phash2(port), :erlang.phash2(port2)})
  IO.inspect({:erlang.phash2({ref, port}), :erlang.phash2([port2, ref2], 64)})
  IO.inspect({:erlang.term_to_binary(ref), :erlang.term_to_binary(port)})
end
