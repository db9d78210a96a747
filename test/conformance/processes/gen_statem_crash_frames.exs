defmodule S do
  @behaviour :gen_statem
  def callback_mode, do: [:handle_event_function, :state_enter]
  def init(:crash), do: raise("init crash")
  def init(x), do: {:ok, :s, x}
  def handle_event(:enter, _, _, :enter_crash), do: raise("enter crash")
  def handle_event(:enter, _, _, _), do: :keep_state_and_data
  def handle_event(:cast, :boom, _, _), do: raise("event crash")
end
Process.flag(:trap_exit, true)
for arg <- [:crash, :enter_crash, :ok] do
  r = :gen_statem.start_link(S, arg, [])
  case r do
    {:ok, p} -> :gen_statem.cast(p, :boom)
    _ -> :ok
  end
  receive do
    {:EXIT, _, reason} -> IO.inspect(reason)
  end
end
