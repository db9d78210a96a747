# :global.set_lock/del_lock/trans on the local node: a lock held by one requester (any of its
# processes), refused to another with no retries, released by del_lock or by its holder exiting;
# trans runs the fun holding the lock, :aborted when it cannot have it, and lets go on a raise.
defmodule Main do
  def run do
    me = self()
    IO.inspect(:global.set_lock({:res, :alice}))
    IO.inspect(:global.set_lock({:res, :alice}, [node()], 0))
    other = spawn(fn ->
      send(me, {:bob, :global.set_lock({:res, :bob}, [node()], 0)})
      send(me, {:alice_too, :global.set_lock({:res, :alice}, [node()], 0)})
      send(me, {:trans, :global.trans({:res, :bob}, fn -> :ran end, [node()], 0)})
      receive do: (:exit -> :ok)
    end)
    for _ <- 1..3, do: receive(do: (m -> IO.inspect(m)))
    IO.inspect(:global.del_lock({:res, :alice}))
    spawn(fn -> send(me, {:bob_still_blocked, :global.set_lock({:res, :bob}, [node()], 0)}) end)
    receive do: (m -> IO.inspect(m))
    ref = Process.monitor(other)
    send(other, :exit)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    spawn(fn -> send(me, {:bob_after_exit, :global.set_lock({:res, :bob}, [node()], 0)}) end)
    receive do: (m -> IO.inspect(m))
    IO.inspect(:global.trans({:other, :me}, fn -> {:inside, :global.set_lock({:other, :x}, [node()], 0)} end))
    IO.inspect(:global.set_lock({:other, :x}, [node()], 0))
    try do
      :global.trans({:boom, :me}, fn -> raise "in trans" end)
    rescue
      e -> IO.inspect(e)
    end
    IO.inspect(:global.set_lock({:boom, :someone_else}, [node()], 0))
    IO.inspect(:global.trans({:res, :carol}, fn -> :never end, [node()], 0))
    IO.inspect(:global.del_lock({:never_locked, :me}))
  end
end

Main.run()
