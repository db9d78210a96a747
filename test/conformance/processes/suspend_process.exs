# :erlang.suspend_process/1,2 and resume_process/1: a suspended process is not scheduled (messages queue),
# suspensions count per caller, a suspender that exits releases them, an exit signal still kills,
# options unless_suspending and asynchronous (with a reply tag), and the badargs of each
parent = self()
pid = spawn(fn -> Enum.each(1..3, fn i -> receive do :tick -> send(parent, {:tock, i}) end end) end)
IO.inspect(:erlang.suspend_process(pid), label: "suspend")
IO.inspect(Process.info(pid, :status), label: "status")
send(pid, :tick)
receive do m -> IO.inspect(m, label: "unexpected") after 100 -> IO.puts("no reply while suspended") end
IO.inspect(:erlang.suspend_process(pid, [:unless_suspending]), label: "unless_suspending")
IO.inspect(:erlang.suspend_process(pid, []), label: "again")
IO.inspect(:erlang.resume_process(pid), label: "resume 1")
receive do m -> IO.inspect(m, label: "unexpected") after 100 -> IO.puts("still suspended (count 1)") end
IO.inspect(:erlang.resume_process(pid), label: "resume 2")
receive do m -> IO.inspect(m, label: "got") end
IO.inspect(Process.alive?(pid), label: "alive")
IO.inspect(:erlang.suspend_process(pid, [{:asynchronous, :tag}]), label: "async")
receive do m -> IO.inspect(m, label: "async reply") end
:erlang.resume_process(pid)
IO.inspect(:erlang.suspend_process(pid, [:asynchronous]), label: "async no tag")
receive do m -> IO.inspect(m, label: "unexpected") after 100 -> IO.puts("no async message without a tag") end
:erlang.resume_process(pid)
for {name, f} <- [self: fn -> :erlang.suspend_process(self()) end, atom: fn -> :erlang.suspend_process(:a) end,
    bad_opt: fn -> :erlang.suspend_process(pid, [:bad]) end, improper: fn -> :erlang.suspend_process(pid, :x) end,
    resume_not_suspended: fn -> :erlang.resume_process(pid) end, resume_self: fn -> :erlang.resume_process(self()) end,
    dead: fn -> d = spawn(fn -> :ok end); Process.sleep(50); :erlang.suspend_process(d) end,
    dead_async: fn -> d = spawn(fn -> :ok end); Process.sleep(50); r = :erlang.suspend_process(d, [asynchronous: :t]); {r, receive do m -> m after 100 -> :none end} end,
    resume_dead: fn -> d = spawn(fn -> :ok end); Process.sleep(50); :erlang.resume_process(d) end] do
  try do
    IO.inspect({name, f.()})
  rescue
    e -> IO.inspect({name, Exception.message(e)})
  end
end
# a suspender that dies releases its suspensions
victim = spawn(fn -> receive do :go -> send(parent, :victim_ran) end end)
suspender = spawn(fn -> :erlang.suspend_process(victim); send(parent, :suspended); receive do :die -> :ok end end)
receive do :suspended -> :ok end
send(victim, :go)
receive do m -> IO.inspect(m, label: "unexpected") after 100 -> IO.puts("victim suspended") end
IO.inspect(Process.info(victim, :status), label: "victim status")
send(suspender, :die)
receive do m -> IO.inspect(m, label: "after suspender died") end
# a suspended process can still be killed
k = spawn(fn -> receive do _ -> :ok end end)
:erlang.suspend_process(k)
ref = Process.monitor(k)
Process.exit(k, :kill)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "killed while suspended") end
# a suspended process that is waiting stays waiting
w = spawn(fn -> receive do _ -> :ok end end)
Process.sleep(10)
:erlang.suspend_process(w)
IO.inspect(Process.info(w, :status), label: "waiting suspended")
:erlang.resume_process(w)
IO.inspect(Process.info(w, :status), label: "waiting resumed")
# process_info :suspending of the suspender: {suspendee, active count, outstanding count}
t = spawn(fn -> receive do _ -> :ok end end)
:erlang.suspend_process(t)
:erlang.suspend_process(t)
IO.inspect(Process.info(self(), :suspending) == {:suspending, [{t, 2, 0}]}, label: "suspending")
IO.inspect(Keyword.get(Process.info(t), :status), label: "info status")
:erlang.resume_process(t)
:erlang.resume_process(t)
IO.inspect(Process.info(self(), :suspending), label: "suspending after resume")
