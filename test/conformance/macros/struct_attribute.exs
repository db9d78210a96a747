# defstruct (and defexception) store the struct, with its defaults evaluated once, as the
# module's :__struct__ attribute: Module.get_attribute/2,3, has_attribute?/2 and @__struct__
# read it in the module body after the defstruct (and a def's @__struct__ is the struct)
defmodule S do
  IO.inspect(Module.has_attribute?(__MODULE__, :__struct__), label: "before")
  IO.inspect(Module.get_attribute(__MODULE__, :__struct__, :none), label: "before")
  x = 5
  defstruct a: 1, b: nil, c: IO.inspect(x * 2, label: "default evaluated")
  IO.inspect(Module.get_attribute(__MODULE__, :__struct__))
  IO.inspect(Module.has_attribute?(__MODULE__, :__struct__))
  IO.inspect(@__struct__.c)
  IO.inspect(:__struct__ in Module.attributes_in(__MODULE__))
  def f, do: @__struct__
end
IO.inspect(S.f())
defmodule E do
  defexception [:message]
  IO.inspect(Module.get_attribute(__MODULE__, :__struct__))
end
defmodule U do
  r = defstruct [:z]
  IO.inspect(r == Module.get_attribute(__MODULE__, :__struct__))
  Module.put_attribute(__MODULE__, :__struct__, %{other: 1})
  IO.inspect(@__struct__)
end
defmodule NoStruct do
  IO.inspect({Module.get_attribute(__MODULE__, :__struct__), Module.has_attribute?(__MODULE__, :__struct__)})
end
