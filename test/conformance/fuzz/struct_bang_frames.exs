# struct!/2 with a module checks what its __struct__/1 returned, so its frame stays on the stack
# below the struct's (beamlet tail-called __struct__/1 and checked nothing; fuzz-diff seed 9902)
defmodule Bad1 do
  def __struct__(_), do: %{__struct__: Other}
end

defmodule Bad2 do
  def __struct__(_), do: 1
end

for m <- [Bad1, Bad2, Range] do
  try do
    struct!(m, first: 1)
  rescue
    e ->
      IO.inspect(e)
      IO.inspect(Enum.find(__STACKTRACE__, &(elem(&1, 0) == Kernel)))
  end
end
