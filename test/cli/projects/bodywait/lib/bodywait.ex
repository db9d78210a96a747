# a module body that waits (Process.sleep, a Task it awaits, receive ... after) runs in the
# process compiling its file from one expression to the next, as mix's parallel compiler worker
defmodule Bodywait do
  Process.sleep(10)
  Process.put(:k, 1)
  t = Task.async(fn -> 40 + 2 end)
  @y Task.await(t)
  me = self()
  @same me == self()
  @k Process.get(:k)
  @x (receive do
    :never -> 1
  after
    5 -> 2
  end)
  def x, do: {@x, @y, @k, @same}
end
