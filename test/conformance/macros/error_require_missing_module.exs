# require of a module that does not exist
defmodule User do
  require DoesNotExist
  def f, do: 1
end
