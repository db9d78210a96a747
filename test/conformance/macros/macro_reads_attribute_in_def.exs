# A macro called in a function body reads the module's attributes (Module.get_attribute/2) as
# they are at that def, as in Elixir (the module is still open while its bodies expand)
defmodule Mac do
  defmacro attr(name), do: Macro.escape(Module.get_attribute(__CALLER__.module, name))
  defmacro open?, do: Module.open?(__CALLER__.module)
end

defmodule U do
  require Mac
  @x %{a: 1}
  @y [1, 2]
  def f, do: {Mac.attr(:x), Mac.attr(:y), Mac.open?()}
  @y :changed
  def g, do: Mac.attr(:y)
end

IO.inspect({U.f(), U.g()})
