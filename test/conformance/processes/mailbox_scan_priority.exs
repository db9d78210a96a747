# Selective receive used for priorities: urgent messages first, then normal ones in order
defmodule Main do
  def drain(acc) do
    receive do
      {:urgent, m} -> drain([{:urgent, m} | acc])
    after
      0 ->
        receive do
          {:normal, m} -> drain([{:normal, m} | acc])
        after
          0 -> Enum.reverse(acc)
        end
    end
  end

  def run do
    for i <- 1..4 do
      send(self(), {:normal, i})
      if rem(i, 2) == 0, do: send(self(), {:urgent, i * 100})
    end
    IO.inspect(drain([]))
    send(self(), {:urgent, :late})
    send(self(), {:normal, :late})
    send(self(), :unmatched)
    IO.inspect(drain([]))
    IO.inspect(Process.info(self(), :messages))
  end
end

Main.run()
