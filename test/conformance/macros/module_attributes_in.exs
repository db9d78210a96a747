# Module.attributes_in/1 and has_attribute?/2: the attributes Elixir 1.14 registers in every module,
# then the module's own (set, registered, put), only while the module is open
defmodule MA do
  @foo 1
  @bar [1]
  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  @acc 1
  Module.register_attribute(__MODULE__, :reg, [])
  Module.put_attribute(__MODULE__, :put, 1)
  IO.inspect(Module.attributes_in(__MODULE__) |> Enum.sort())
  IO.inspect(for a <- [:bar, :nope, :behaviour, :doc, :moduledoc, :spec], do: Module.has_attribute?(__MODULE__, a))
  def f, do: {@foo, @bar}
end

IO.inspect(function_exported?(Module, :attributes_in, 1))

for f <- [fn -> Module.attributes_in(MA) end, fn -> Module.has_attribute?(MA, :x) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
