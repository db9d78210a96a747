# Writing to standard output is a request to the group leader that the writer waits on: the
# processes that were already runnable get to run meanwhile (users meet this when a check right
# after an IO.puts sees what another process has done).
parent = self()

# a process spawned just before a print has run by the time the print returns
spawn(fn -> send(parent, :child_ran) end)
IO.puts("printing")
receive do
  :child_ran -> IO.puts("the child ran while the parent printed")
after
  0 -> IO.puts("the child has not run yet")
end

# subscribers that answered and ended are gone from the registry once the answers are printed
{:ok, _} = Registry.start_link(keys: :duplicate, name: Subscribers)
for i <- 1..3 do
  spawn(fn ->
    Registry.register(Subscribers, :news, i)
    send(parent, :registered)
    receive do
      {:news, text} -> send(parent, {:read, i, text})
    end
  end)
end
for _ <- 1..3, do: receive(do: (:registered -> :ok))
IO.inspect(Registry.count(Subscribers), label: "subscribers")
Registry.dispatch(Subscribers, :news, fn entries -> for {pid, _} <- entries, do: send(pid, {:news, "hello"}) end)
replies = for _ <- 1..3, do: receive(do: ({:read, i, text} -> {i, text}))
IO.inspect(Enum.sort(replies), label: "replies")
IO.inspect(Registry.count(Subscribers), label: "subscribers left")

# output keeps the order the requests were made in
spawn(fn -> IO.puts("from the child") end)
IO.puts("from the parent")
Process.sleep(10)
