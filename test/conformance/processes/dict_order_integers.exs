# Process.get/0 and get_keys/0 list the dictionary in OTP's order: its linear hash table, slots
# walked in order and each chain consed (a small integer hashes to itself), grown as keys arrive,
# shrunk as they leave; a key put again keeps its place. Seeded puts, updates and erases of
# integer keys, the keys listed after each round.
defmodule Lcg do
  def next(s), do: rem(s * 1103515245 + 12345, 2147483648)
end

run = fn seed, rounds, range ->
  parent = self()

  spawn(fn ->
    Enum.reduce(1..rounds, seed, fn round, s ->
      s =
        Enum.reduce(1..40, s, fn _, s ->
          s = Lcg.next(s)
          k = rem(div(s, 7), range) - div(range, 10)
          s = Lcg.next(s)
          if rem(div(s, 3), 4) == 0, do: Process.delete(k), else: Process.put(k, round)
          s
        end)

      IO.puts(Enum.join(Process.get_keys(), ","))
      s
    end)

    send(parent, :done)
  end)

  receive do: (:done -> :ok)
end

run.(1, 30, 200)
run.(42, 30, 3000)
run.(7, 20, 40)

# growing to 300 keys, then erasing them in a shuffled order: the table shrinks as they go
spawn(fn ->
  for i <- 1..300, do: Process.put(i * 3 - 100, i)
  IO.inspect(length(Process.get()))
  order = Enum.sort_by(1..300, fn i -> rem(i * 7919, 301) end)

  order
  |> Enum.with_index(1)
  |> Enum.each(fn {i, n} ->
    Process.delete(i * 3 - 100)
    if rem(n, 25) == 0, do: IO.puts(Enum.join(Process.get_keys(), ","))
  end)

  # values: get/0, get_keys/1 and erase/0
  for i <- 1..20, do: Process.put(i, rem(i, 3))
  IO.inspect(Process.get())
  IO.inspect(Process.get_keys(0))
  IO.inspect(:erlang.erase())
  IO.inspect(Process.get())
  Process.put(5, :again)
  IO.inspect(Process.get())
end)

Process.sleep(200)
