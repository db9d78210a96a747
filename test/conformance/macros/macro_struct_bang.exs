# Macro.struct!/2 (hidden in 1.14, used by libraries): another module's struct, the module's own while compiled, errors
defmodule P do
  defstruct [:a, b: 2]
end
IO.inspect Macro.struct!(P, __ENV__)
IO.inspect Macro.struct!(URI, __ENV__) |> Map.keys()
defmodule UsesIt do
  defmacro fields(mod) do
    m = Macro.expand(mod, __CALLER__)
    Macro.struct!(m, __CALLER__) |> Map.from_struct() |> Map.keys() |> Enum.sort()
  end
end
defmodule Caller do
  require UsesIt
  def f, do: UsesIt.fields(P)
end
IO.inspect Caller.f()
try do
  Macro.struct!(Enum, __ENV__)
rescue e -> IO.inspect {e.__struct__, e.line, Path.basename(e.file), e.description}
end
try do
  Macro.struct!(NoSuchMod, __ENV__)
rescue e -> IO.inspect {e.__struct__, e.line, Path.basename(e.file), e.description}
end
defmodule M do
  defmacro me, do: Macro.escape(Macro.struct!(__CALLER__.module, __CALLER__))
end
defmodule Q do
  require M
  defstruct x: 1
  def s, do: M.me()
end
IO.inspect Q.s()
