# in a module, Elixir reports an undefined local function once the module is expanded: an error in
# the call's arguments (here a pin outside a match) is the one raised
defmodule UndefinedLocalArgsFirst do
  def f, do: foo(bar(1, ^y))
end
