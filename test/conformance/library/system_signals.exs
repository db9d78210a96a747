# System.trap_signal/2,3 and System.untrap_signal/2: ids, registration errors, the signals
# Elixir 1.14 accepts (others fail its guard), and System.no_halt/0,1 without halting
IO.inspect(System.no_halt(), label: "no_halt")
IO.inspect(System.no_halt(false), label: "no_halt(false)")
IO.inspect(System.no_halt(), label: "no_halt after false")

for s <- [:sigquit, :sigterm, :sigusr1, :sighup, :sigabrt, :sigalrm, :sigusr2, :sigchld, :sigstop, :sigtstp] do
  {:ok, id} = System.trap_signal(s, fn -> :ok end)
  IO.inspect({s, is_reference(id)})
end

IO.inspect(System.trap_signal(:sigusr1, :mine, fn -> :ok end), label: "named")
IO.inspect(System.trap_signal(:sigusr1, :mine, fn -> :ok end), label: "again")
IO.inspect(System.trap_signal(:sigusr2, :mine, fn -> :ok end), label: "other signal")
IO.inspect(System.trap_signal(:sighup, {:an, "id"}, fn -> :ok end), label: "tuple id")
IO.inspect(System.trap_signal(:sighup, {:an, "id"}, fn -> :ok end), label: "tuple id again")
IO.inspect(System.trap_signal(:sighup, 1, fn -> :ok end), label: "integer id")
IO.inspect(System.trap_signal(:sighup, 1.0, fn -> :ok end), label: "float id")
IO.inspect(System.untrap_signal(:sigusr1, :mine), label: "untrap")
IO.inspect(System.untrap_signal(:sigusr1, :mine), label: "untrap again")
IO.inspect(System.trap_signal(:sigusr1, :mine, fn -> :ok end), label: "trap after untrap")
IO.inspect(System.untrap_signal(:sigterm, :unknown), label: "untrap unknown")
IO.inspect(System.untrap_signal(:sighup, 1), label: "untrap 1")
IO.inspect(System.untrap_signal(:sighup, 1.0), label: "untrap 1.0")

show = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, _} = Exception.blame(:error, e, __STACKTRACE__)
      args = Enum.map(e.args, fn a -> if is_reference(a), do: :a_reference, else: if(is_function(a), do: :a_fun, else: a) end)
      # the blamed report, with a reference and a fun (different on each run) named instead
      IO.puts(Exception.message(%{e | args: args}))
  end
end

show.(fn -> System.trap_signal(:sigint, fn -> :ok end) end)
show.(fn -> System.trap_signal(:sigkill, :k, fn -> :ok end) end)
show.(fn -> System.trap_signal(:sigusr1, fn _ -> :ok end) end)
show.(fn -> System.trap_signal("sigusr1", :k, :not_a_fun) end)
show.(fn -> System.untrap_signal(:sigint, :k) end)
show.(fn -> System.no_halt(:yes) end)
show.(fn -> System.no_halt(nil) end)
System.untrap_signal(:sigwinch, :k)
