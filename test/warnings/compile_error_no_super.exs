# super() without an overridable function: raised from the module body
defmodule NoSuper do
  def greet, do: super()
end
