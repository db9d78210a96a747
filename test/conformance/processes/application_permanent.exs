# A permanent application whose top process dies takes the node down, as OTP's application
# controller does: its stop/1 runs, the end is logged, and the node halts with status 1
defmodule P do
  def start(_, _), do: Task.start_link(fn -> Process.sleep(100); exit(:boom) end)
  def stop(s), do: IO.inspect(s, label: "stop")
end

:application.load({:application, :p, [mod: {P, []}, applications: [:kernel]]})
IO.inspect(Application.start(:p, :permanent))
Process.sleep(:infinity)
