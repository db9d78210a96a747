# String.jaro_distance/2's first clauses have no guards: the same term twice is 1.0 and "" on
# either side 0.0 whatever the other is; only then must both be strings.
pairs = [{[], []}, {:a, :a}, {%{}, %{}}, {1, ""}, {"", 1}, {"", ""}, {"x", ""}, {"abc", "abc"}, {:a, :b}, {"abc", :abc}, {1.0, 1}, {"martha", "marhta"}]

for {a, b} <- pairs do
  try do
    IO.inspect({a, b, String.jaro_distance(a, b)})
  rescue
    e -> IO.inspect({a, b, e.__struct__})
  end
end

String.jaro_distance('abc', "abc")
