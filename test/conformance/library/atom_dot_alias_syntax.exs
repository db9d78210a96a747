# an atom followed by .Alias is a SyntaxError (quote the atom: :"Elixir.Enum")
IO.inspect(:"Elixir.Enum".sum([1, 2]))
IO.inspect(:Elixir.Enum.sum([1, 2]))
