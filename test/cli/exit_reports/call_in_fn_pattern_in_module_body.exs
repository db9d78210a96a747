# a call in the second clause of a fn in a module's body
defmodule A do
  f = fn
    :a -> 2
    String.length("a") -> 1
  end
  f.(:a)
end
