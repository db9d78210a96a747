# `inspect 1 do ... end` is Kernel.inspect/2 given clauses, refused as a remote call's
defmodule A do
  def f() do
    inspect 1 do y -> y end
  end
end
