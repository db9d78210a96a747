# pop_in/1 of a path ending in a .field step: Kernel.pop_in/1 raises ArgumentError as it expands,
# its frames one pair per earlier step
d = %{a: %{b: %{c: 1}}}
IO.inspect(pop_in(d.a[:b].c))
