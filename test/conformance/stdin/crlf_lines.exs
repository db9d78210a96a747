# Lines read from standard input end in a newline alone: a CR before it is dropped (IO.gets,
# IO.binread(:line), IO.stream(:stdio, :line), IO.read(:eof)); a CR elsewhere is kept
IO.inspect(IO.gets(""))
IO.inspect(IO.binread(:line))
IO.inspect(IO.stream(:stdio, :line) |> Enum.take(2))
IO.inspect(IO.read(:eof))
IO.inspect(IO.read(:eof))
