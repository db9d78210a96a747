# a variable as a map key in a pattern (bound or not) is a CompileError naming it; a pinned one is not
x = :a
IO.inspect(case %{a: 1} do %{^x => v} -> v end)
IO.inspect(case %{a: 1} do %{x => v} -> v end)
