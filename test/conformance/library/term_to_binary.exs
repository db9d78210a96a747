for t <- [:a, 1, 300, -1, 2147483648, -2147483649, 1.5, "bin", [], [1, 2], 'abc', [1 | 2], {}, {:a, 1}, %{a: 1}, <<1::3>>, :"é", 12345678901234567890123, [300], String.duplicate("x", 3)] do
  IO.inspect {t, :erlang.term_to_binary(t)}
end
IO.inspect :erlang.term_to_binary({:a, "b"}, [:compressed])
IO.inspect :erlang.binary_to_term(<<131, 100, 0, 1, 97>>)
IO.inspect :erlang.binary_to_term(<<131, 97, 5>>)
IO.inspect :erlang.term_to_binary(self()) |> byte_size() > 0
IO.inspect :erlang.term_to_binary(Enum.to_list(1..300)) |> byte_size()
IO.inspect :erlang.term_to_binary(%{{1, 2} => [3], "k" => :v, 1 => 2.0})
try do :erlang.binary_to_term(<<1, 2, 3>>) rescue e -> IO.inspect e end
IO.inspect :erlang.binary_to_term(:erlang.term_to_binary({:nested, [1, {2, "three"}, %{four: 4.0}]}))
IO.inspect :erlang.external_size({:a, 1})
