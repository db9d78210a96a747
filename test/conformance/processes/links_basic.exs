Process.flag(:trap_exit, true)
pid = spawn_link(fn -> exit(:boom) end)
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "linked exit")
end
pid2 = spawn_link(fn -> :ok end)
receive do
  {:EXIT, ^pid2, reason} -> IO.inspect(reason, label: "normal exit")
end
pid3 = spawn_link(fn -> receive do: (:never -> :ok) end)
Process.exit(pid3, :kill)
receive do
  {:EXIT, ^pid3, reason} -> IO.inspect(reason, label: "killed")
end
pid4 = spawn(fn -> receive do: (:never -> :ok) end)
Process.link(pid4)
IO.inspect(Process.info(self(), :links) |> elem(1) |> Enum.member?(pid4))
Process.unlink(pid4)
IO.inspect(Process.info(self(), :links) |> elem(1) |> Enum.member?(pid4))
Process.exit(pid4, :shutdown)
receive do
  {:EXIT, ^pid4, _} -> IO.puts("unexpected EXIT after unlink")
after
  100 -> IO.puts("no EXIT after unlink")
end
IO.inspect(Process.alive?(pid4))
