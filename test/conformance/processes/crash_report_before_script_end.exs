# A spawned process raises and the script ends just after inspecting what it heard: the
# emulator's report of the crash is in Logger's queue, and its translation has what it calls
# (the inspection loaded it), so elixir writes it as it flushes Logger before it halts
pid = spawn(fn -> raise "in spawn" end)
ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, _, _, r} -> IO.inspect(r)
end
