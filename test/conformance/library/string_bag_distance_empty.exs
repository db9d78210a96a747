# String.bag_distance/2 is 0.0 when either string is empty, even both (Elixir 1.14's first clauses)
for {a, b} <- [{"", ""}, {"", "abc"}, {"abc", ""}, {"abc", "abc"}, {"abc", "abd"}, {"kitten", "sitting"}, {"héllo", "hello"}] do
  IO.puts("#{inspect(a)} #{inspect(b)} #{String.bag_distance(a, b)}")
end

String.bag_distance(1, 2)
