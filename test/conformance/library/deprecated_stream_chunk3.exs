# Stream.chunk/3 hands chunk_every a nil leftover in Elixir 1.14: a partial last chunk raises
IO.inspect(Stream.chunk(1..6, 3, 3) |> Enum.to_list())
IO.inspect(Stream.chunk(1..7, 3, 2) |> Enum.to_list())
