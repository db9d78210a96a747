defmodule Buffer do
  def start(cap), do: spawn(fn -> loop(cap, :queue.new(), [], []) end)

  # waiting_put: producers blocked because full; waiting_get: consumers blocked because empty
  defp loop(cap, q, waiting_put, waiting_get) do
    receive do
      {:put, item, from} ->
        case waiting_get do
          [c | rest] ->
            send(c, {:item, item}); send(from, :ok); loop(cap, q, waiting_put, rest)
          [] ->
            if :queue.len(q) < cap do
              send(from, :ok); loop(cap, :queue.in(item, q), waiting_put, waiting_get)
            else
              loop(cap, q, waiting_put ++ [{from, item}], waiting_get)
            end
        end
      {:get, from} ->
        case :queue.out(q) do
          {{:value, item}, q2} ->
            send(from, {:item, item})
            case waiting_put do
              [{p, it} | rest] -> send(p, :ok); loop(cap, :queue.in(it, q2), rest, waiting_get)
              [] -> loop(cap, q2, waiting_put, waiting_get)
            end
          {:empty, _} -> loop(cap, q, waiting_put, waiting_get ++ [from])
        end
    end
  end
end

defmodule Main do
  def run do
    buf = Buffer.start(3)
    parent = self()
    producer = spawn(fn ->
      for i <- 1..20 do
        send(buf, {:put, i, self()})
        receive do: (:ok -> :ok)
      end
      send(parent, :producer_done)
    end)
    _ = producer
    consumer = spawn(fn ->
      items = for _ <- 1..20 do
        send(buf, {:get, self()})
        receive do: ({:item, i} -> i)
      end
      send(parent, {:consumed, items})
    end)
    _ = consumer
    receive do: (:producer_done -> IO.puts("producer done"))
    receive do: ({:consumed, items} -> IO.inspect(items))
  end
end

Main.run()
