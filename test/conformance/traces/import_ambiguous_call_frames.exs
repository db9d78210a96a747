# A call of a name two imports bring in: Elixir's dispatch frames, and in a def's body the module
# body's frame at the call
defmodule Shout do
  defmacro upcase(x), do: x
end

defmodule Both do
  import Shout
  import String
  def f, do: upcase("a")
end
