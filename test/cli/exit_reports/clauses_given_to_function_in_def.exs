# `->` clauses in a function's keywords: refused by expand_remote (a remote or imported
# function's, Kernel's too) or expand_local (a local's, defined or not), its trace from there
defmodule Remote do
  def f() do
    IO.inspect :x do y -> y end
  end
end
