IO.inspect 'hello' ++ ' world'
IO.inspect ?a
IO.inspect [?h, ?i]
IO.inspect List.to_string('abc')
IO.inspect to_charlist("x")
IO.inspect ~c(sigil charlist)
IO.inspect ~w(one two three)
IO.inspect ~w(one two)a
IO.inspect ~w(one two)c
IO.inspect ~s(with "quotes")
IO.inspect ~S(no #{interp} \n)
IO.inspect ~r/\d+/ |> Regex.source()
IO.inspect ~D[2024-01-01].year
IO.inspect ~T[12:00:00].hour
IO.inspect ~N[2024-01-01 10:00:00] |> NaiveDateTime.to_date()
IO.inspect ~U[2024-01-01 00:00:00Z].time_zone
IO.inspect """
heredoc
  indented
"""
IO.inspect ~S"""
raw #{heredoc}
"""
IO.inspect 'abc' |> Enum.map(&(&1 - 32))
IO.inspect :string.to_upper('mixed Case')
IO.inspect Enum.reverse('stressed')
IO.inspect 'a' < 'b'
IO.inspect is_list('x')
IO.inspect 'caf\u00e9'
IO.inspect [0 | 'abc']
IO.inspect 'x' ++ [1000]
