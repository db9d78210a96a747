# a macro expanding an attribute it is given (Macro.expand/2 in the caller's function) reads it
# while the module compiles: one neither set nor registered warns at the caller's line
defmodule Attr do
  defmacro value_of(attr), do: Macro.expand(attr, __CALLER__)
end

defmodule Settings do
  require Attr
  @set 1
  Module.register_attribute(__MODULE__, :registered, [])
  def set, do: Attr.value_of(@set)
  def registered, do: Attr.value_of(@registered)
  def missing, do: Attr.value_of(@missing)
  IO.inspect(Macro.expand(quote(do: @also_missing), %{__ENV__ | function: {:g, 0}}))
end

IO.inspect({Settings.set(), Settings.registered(), Settings.missing()})
