# Task.yield_many/2 as Elixir 1.14's: each task is checked to be the caller's (ArgumentError from
# another process, at lib/task.ex:1163), anything but a list of tasks fails in yield_many/3's
# clauses (beamlet mapped with Enum: [] for a map, other errors), one timer for all the tasks
defmodule M do
  def run do
    t = Task.async(fn -> :ok end)
    parent = self()
    spawn(fn -> send(parent, {:r, (try do Task.yield_many([t], 100) rescue e -> {e, __STACKTRACE__} end)}) end)

    receive do
      {:r, {e, st}} ->
        IO.puts(Exception.message(e))
        IO.inspect(Enum.take(st, 2))
    end

    IO.inspect(Task.yield_many([t]) |> Enum.map(&elem(&1, 1)))
    IO.inspect(Task.yield_many([]))

    for bad <- [:x, %{}, [:a], [t | :tail], {t}] do
      try do
        IO.inspect(Task.yield_many(bad, 10))
      rescue
        e ->
          # (the arguments hold a reference: not printed, its width differs between runtimes)
          {m, f, [first, _ref, timeout], location} = hd(__STACKTRACE__)
          IO.puts(e |> Exception.message() |> String.split("\n") |> hd())
          IO.inspect({m, f, first == bad or first, timeout, location})
      end
    end

    slow = Task.async(fn -> Process.sleep(300); :slow end)
    fast = Task.async(fn -> :fast end)
    IO.inspect(Task.yield_many([slow, fast], 100) |> Enum.map(&elem(&1, 1)))
    IO.inspect(Task.yield_many([slow, fast], 1000) |> Enum.map(&elem(&1, 1)))
    dead = Task.async(fn -> :ok end)
    Process.sleep(50)
    IO.inspect(Task.yield_many([dead], :infinity) |> Enum.map(&elem(&1, 1)))
    receive do
      other -> IO.inspect(other, label: "left in the mailbox")
    after
      150 -> IO.puts("mailbox empty")
    end
  end
end

M.run()
