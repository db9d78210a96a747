# IO.binread/2 asks standard input for Latin-1: what is buffered is converted, and what is left
# stays converted, so a later IO.read(:line) gets Latin-1 bytes, not UTF-8
IO.inspect(IO.binread(:stdio, 3), label: :binread)
IO.inspect(IO.read(:stdio, :line), label: :read_line)
IO.inspect(IO.binread(:stdio, :line), label: :binread_line)
IO.inspect(IO.read(:stdio, 2), label: :read2)
IO.inspect(IO.binread(:stdio, 4), label: :binread4)
IO.inspect(IO.binread(:stdio, :eof), label: :binread_eof)
IO.inspect(IO.read(:stdio, :line), label: :after_eof)
