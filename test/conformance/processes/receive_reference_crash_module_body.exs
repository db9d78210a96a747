IO.puts("the file runs until the module's body is compiled")
defmodule Waiter do
  x = 1
  ref = make_ref()
  send(self(), {ref, 1})
  receive do
    {^ref, ^x} -> :ok
  after
    0 -> :none
  end
  def hello, do: :world
end
IO.puts(Waiter.hello())
