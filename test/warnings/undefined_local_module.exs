defmodule A do
  def hello, do: :hi
end
defmodule B do
  def call, do: A.helo()
  def call2, do: A.hello(1)
end
IO.inspect(A.hello())
