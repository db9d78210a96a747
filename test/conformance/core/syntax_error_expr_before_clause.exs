# An expression before the first clause of a block of clauses (case, fn): the parser stops at
# that clause's ->, with its line and no column, as Elixir 1.14's parser says it
case 1 do
  :a
  :b -> 2
end
