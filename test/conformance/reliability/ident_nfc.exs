# An identifier typed with a combining mark is its NFC form, as Elixir's tokenizer normalises it:
# `café` (e + U+0301) is the variable café, `:café` the atom :café; strings and quoted atoms
# keep their code points.
café = 1
café = café + 1
IO.inspect(café)
IO.inspect(:café == :café)
IO.inspect(:"café" == :café)
IO.inspect(byte_size("café"))
IO.inspect([naïve: 1] == [naïve: 1])
defmodule M do
  def señor(x), do: x * 2
end
IO.inspect(M.señor(21))
IO.inspect(function_exported?(M, :señor, 1))
