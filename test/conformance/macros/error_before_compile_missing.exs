# @before_compile naming a module without __before_compile__/1
defmodule NoHook do
  def nothing, do: nil
end

defmodule User do
  @before_compile NoHook
  def f, do: 1
end
