# use of a module without __using__/1
defmodule Plain do
  def hello, do: :hi
end

defmodule User do
  use Plain
end
