IO.inspect length(Kernel.__info__(:macros))
IO.inspect Kernel.__info__(:macros) |> Keyword.take([:if, :def, :|>, :sigil_r])
IO.inspect macro_exported?(Kernel, :def, 2)
IO.inspect macro_exported?(Kernel, :+, 2)
IO.inspect Kernel.__info__(:functions) |> length
IO.inspect Kernel.__info__(:functions) |> Keyword.has_key?(:then)
IO.inspect Kernel.__info__(:functions) |> Keyword.take([:+, :length, :inspect])
