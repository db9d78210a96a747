# Receives of a script's top level that OTP 25's beam_ssa_recv pass compiles (it crashes on some
# others: test/warnings/recv_pass_crash_*): each waits for a reference made before it and tests
# at most one condition with it, or the reference is not used again
pid = spawn(fn -> :ok end)
ref = Process.monitor(pid)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "one pin")
end

ref2 = make_ref()
send(self(), {ref2, 5})
receive do
  {^ref2, 5} -> IO.puts("a pin and a literal")
end

send(self(), {:a, 2})
receive do
  {:a, x} when x > 1 and x < 5 -> IO.puts("a guard alone")
end

{pid3, ref3} = spawn_monitor(fn -> :ok end)
receive do
  {:DOWN, ^ref3, :process, ^pid3, reason} -> IO.inspect(reason, label: "first of two sizes")
  {:EXIT, _, _} -> :exit
end

defmodule InADef do
  def wait do
    {pid, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end
IO.inspect(InADef.wait(), label: "in a def")

f = fn r, y ->
  receive do
    {^r, ^y} -> IO.puts("a fn's parameters")
  end
end
ref4 = make_ref()
send(self(), {ref4, 1})
f.(ref4, 1)

send(self(), {:v, 1, 1})
receive do
  {:v, v, v} -> IO.puts("a repeated variable")
end
