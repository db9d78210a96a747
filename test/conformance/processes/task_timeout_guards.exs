# Task.await/yield/yield_many/await_many/shutdown check their timeout in the function head: a bad
# one is a FunctionClauseError (before the owner is checked), and :infinity is accepted by all
defmodule Main do
  def run do
    t = Task.async(fn -> 1 end)

    calls = [
      await: fn -> Task.await(t, :bad) end,
      await_negative: fn -> Task.await(t, -1) end,
      yield: fn -> Task.yield(t, 1.5) end,
      yield_many: fn -> Task.yield_many([t], :bad) end,
      await_many: fn -> Task.await_many([t], -5) end,
      shutdown: fn -> Task.shutdown(t, :bad) end
    ]

    for {name, f} <- calls do
      try do
        IO.inspect(f.(), label: name)
      rescue
        e ->
          {e, st} = Exception.blame(:error, e, __STACKTRACE__)
          IO.puts("#{name}: " <> Exception.format(:error, e, Enum.take(st, 1)))
      end
    end

    # the owner check comes after the head: another process with a bad timeout fails the head
    parent = self()
    spawn(fn ->
      try do
        Task.await(t, :bad)
      rescue
        e -> send(parent, {:other, e.__struct__})
      end
    end)

    receive do
      {:other, kind} -> IO.inspect(kind, label: "from another process")
    end

    IO.inspect(Task.await(t, :infinity), label: "await infinity")
    t = Task.async(fn -> 2 end)
    IO.inspect(Task.yield(t, :infinity), label: "yield infinity")
    tasks = for i <- 1..3, do: Task.async(fn -> i * 10 end)
    IO.inspect(Task.yield_many(tasks, :infinity) |> Enum.map(&elem(&1, 1)), label: "yield_many infinity")
    tasks = for i <- 1..3, do: Task.async(fn -> i * 100 end)
    IO.inspect(Task.await_many(tasks, :infinity), label: "await_many infinity")
    t = Task.async(fn -> Process.sleep(:infinity) end)
    IO.inspect(Task.shutdown(t, :infinity), label: "shutdown infinity")
  end
end

Main.run()
