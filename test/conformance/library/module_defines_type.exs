# Module.defines_type?/2: inside a module being compiled, whether a @type, @typep or @opaque of
# that name and arity is defined so far; outside one, the ArgumentError of the :ets lookup
# Kernel.Typespec makes; bad arguments fail Module's or Kernel.Typespec's clauses
for {m, d} <- [{Enum, {:t, 0}}, {NoSuchModule, {:t, 0}}, {1, {:t, 0}}, {Enum, :t}, {Enum, {:t, 300}}, {Enum, {"t", 0}}] do
  try do
    Module.defines_type?(m, d)
  rescue
    e ->
      IO.inspect(e.__struct__)
      for entry <- Enum.take(__STACKTRACE__, 3), do: IO.inspect(entry)
  end
end

defmodule Typed do
  IO.inspect(Module.defines_type?(__MODULE__, {:t, 0}), label: "before")
  @type t :: integer
  @type t(a) :: [a]
  @opaque o :: atom
  @typep p :: atom
  @spec f(p) :: p
  def f(x), do: x

  for sig <- [t: 0, t: 1, t: 2, o: 0, p: 0, q: 0, f: 1] do
    IO.inspect({sig, Module.defines_type?(__MODULE__, sig)})
  end
end
