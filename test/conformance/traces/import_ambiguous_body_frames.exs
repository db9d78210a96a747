# A call of a name two imports bring in, in a module's body: Elixir's dispatch frames only
defmodule Both do
  import Map
  import Keyword
  IO.inspect(get([a: 1], :a))
end
