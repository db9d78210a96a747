# Macro.to_string/1: parentheses around an operation that is the left or right operand of another,
# for every pair of a set of binary operators (Elixir 1.14's formatter rules: precedence, side,
# operators that require parentheses around operations, logical operators, ranges, ^^^)
ops = [:<<<, :>>>, :|>, :<~, :~>, :<|>, :in, :++, :--, :<>, :.., :"^^^", :+, :-, :*, :"&&&", :|||, :&&, :||, :==, :<, :=~, :or, :and, :when, :=, :"::", :|, :<-, :\\, :+++, :**, :/]
pairs = for a <- ops, b <- ops, a != b, do: {a, b}
x = {:x, [], nil}; y = {:y, [], nil}; z = {:z, [], nil}
for {a, b} <- pairs do
  IO.puts("#{a} #{b}: " <> Macro.to_string({b, [], [{a, [], [x, y]}, z]}) <> "  |  " <> Macro.to_string({b, [], [x, {a, [], [y, z]}]}))
end
