# badargs of the process BIFs say which argument and why, as OTP 25's error_info does
tests = [
  fn -> Process.link(:nope) end, fn -> Process.unlink(:nope) end, fn -> Process.unlink(1) end, fn -> :erlang.link(1) end,
  fn -> spawn(:x) end, fn -> spawn_link(:x) end, fn -> spawn_monitor(:x) end, fn -> spawn(1, :f, []) end,
  fn -> spawn(Kernel, 1, []) end, fn -> spawn(Kernel, :f, :x) end, fn -> spawn_link(1, :f, []) end,
  fn -> Process.monitor(1) end, fn -> :erlang.monitor(:bogus, self()) end, fn -> Process.demonitor(:x) end,
  fn -> :erlang.spawn_opt(fn -> 1 end, :x) end, fn -> Process.spawn(:x, []) end
]

for {t, i} <- Enum.with_index(tests) do
  try do
    IO.inspect({i, t.()})
  rescue
    e -> IO.puts("#{i} #{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
