# Module.create/3 with a Macro.Env, its location keyword list, or a bare keyword list
contents = quote do
  @moduledoc "made at run time"
  @v 1
  def value, do: @v
  def sum(list), do: Enum.sum(list)
  IO.puts("in body of #{inspect(__MODULE__)}")
  :body_value
end
{:module, name, bin, last} = Module.create(Made.One, contents, Macro.Env.location(__ENV__))
IO.inspect({name, is_binary(bin), last})
IO.inspect({Made.One.sum([1, 2]), Made.One.value()})
{:module, M2, _, _} = Module.create(M2, quote(do: def(x, do: __MODULE__)), __ENV__)
IO.inspect(M2.x())
{:module, :erlang_style, _, _} = Module.create(:erlang_style, quote(do: def(y, do: :ok)), file: "virtual.ex", line: 7)
IO.inspect(:erlang_style.y())
try do
  Module.create(Made.Two, quote(do: def(z, do: 1)), line: 1)
rescue
  e -> IO.inspect(e)
end
try do
  Module.create(Made.Three, quote(do: raise("boom in body")), file: "three.ex", line: 3)
rescue
  e -> IO.inspect(e)
end
