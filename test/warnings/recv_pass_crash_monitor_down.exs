# OTP 25's beam_ssa_recv pass crashes on a script's receive that tests a monitor's reference
# and its pid together (code Elixir compiles unoptimised): nothing of the file runs
IO.puts("before")
pid = spawn(fn -> :ok end)
ref = Process.monitor(pid)
receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
end
