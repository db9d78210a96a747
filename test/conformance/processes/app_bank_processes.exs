defmodule Account do
  def start(balance), do: spawn(fn -> loop(balance) end)
  defp loop(balance) do
    receive do
      {:deposit, amt, from, ref} -> send(from, {ref, :ok}); loop(balance + amt)
      {:withdraw, amt, from, ref} when amt <= balance -> send(from, {ref, :ok}); loop(balance - amt)
      {:withdraw, _amt, from, ref} -> send(from, {ref, {:error, :insufficient}}); loop(balance)
      {:balance, from, ref} -> send(from, {ref, balance}); loop(balance)
    end
  end
  def call(acc, msg) do
    ref = make_ref()
    send(acc, Tuple.append(Tuple.append(msg, self()), ref))
    receive do
      {^ref, reply} -> reply
    after
      1000 -> :timeout
    end
  end
end

defmodule Main do
  def transfer(from, to, amt) do
    case Account.call(from, {:withdraw, amt}) do
      :ok -> Account.call(to, {:deposit, amt})
      err -> err
    end
  end

  def run do
    a = Account.start(100)
    b = Account.start(50)
    IO.inspect(transfer(a, b, 30))
    IO.inspect(transfer(b, a, 500))
    IO.inspect({Account.call(a, {:balance}), Account.call(b, {:balance})})
    parent = self()
    for _ <- 1..10 do
      spawn(fn -> send(parent, {:t, transfer(a, b, 5)}) end)
    end
    results = for _ <- 1..10, do: receive(do: ({:t, r} -> r))
    IO.inspect(Enum.frequencies(results))
    IO.inspect({Account.call(a, {:balance}), Account.call(b, {:balance})})
  end
end

Main.run()
