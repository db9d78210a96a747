# ~w sigils and string lists
words = ~w(alpha beta gamma)
IO.inspect(words)
IO.inspect(~w(a b c)a)
IO.inspect(~w(x y z)c)
IO.inspect(~w[one two]s)
IO.inspect(~w<  spaced    out  >)
IO.inspect(length(~w(a b c d e)))
IO.inspect(Enum.map(~w(1 2 3), &String.to_integer/1))
IO.inspect(Enum.join(~w(join these words), "-"))
IO.inspect(~w(ok error)a |> Enum.map(&{&1, Atom.to_string(&1)}))
IO.inspect(~w|pipe delim|)
IO.inspect(~w"quote delim")
list = for w <- ~w(apple banana cherry), do: String.upcase(w)
IO.inspect(list)
IO.inspect(~w(a-b c_d e.f))
IO.inspect(~w(multi
line
words))
