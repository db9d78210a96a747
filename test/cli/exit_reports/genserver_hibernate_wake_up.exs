# A GenServer that hibernated wakes in :proc_lib.wake_up/3 (its stack was dropped): that frame,
# not init_p_do_apply/3, is at the bottom of the report of its crash and of the script's exit
defmodule Sleepy do
  use GenServer
  def init(state), do: {:ok, state}
  def handle_call(:nap, _from, state), do: {:reply, :ok, state, :hibernate}
  def handle_cast(:crash, state), do: {:noreply, state + 1}
end

{:ok, pid} = GenServer.start_link(Sleepy, :not_a_number)
:ok = GenServer.call(pid, :nap)
GenServer.cast(pid, :crash)
# (the crash ends the script: it waits for that, not for a time)
Process.sleep(:infinity)
