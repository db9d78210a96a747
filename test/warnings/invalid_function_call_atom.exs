# `:a.(1)` (an atom, an alias) is Elixir's CompileError "invalid function call :a.()" once the
# arguments expanded; the script does not start running
IO.puts("never printed")
y = 1
Foo.(y)
