defmodule Limiter do
  use GenServer
  def start_link(max), do: GenServer.start_link(__MODULE__, max)
  def request(l, who), do: GenServer.call(l, {:req, who})
  def reset(l), do: send(l, :reset)
  def init(max), do: {:ok, %{max: max, counts: %{}}}
  def handle_call({:req, who}, _f, s) do
    n = Map.get(s.counts, who, 0)
    if n < s.max do
      {:reply, :allowed, put_in(s.counts[who], n + 1)}
    else
      {:reply, :denied, s}
    end
  end
  def handle_info(:reset, s), do: {:noreply, %{s | counts: %{}}}
end

defmodule Main do
  def run do
    {:ok, l} = Limiter.start_link(3)
    r1 = for _ <- 1..5, do: Limiter.request(l, :alice)
    IO.inspect(r1)
    IO.inspect(Limiter.request(l, :bob))
    Limiter.reset(l)
    IO.inspect(Limiter.request(l, :alice))
    tasks = for i <- 1..6, do: Task.async(fn -> {rem(i, 2), Limiter.request(l, rem(i, 2))} end)
    res = tasks |> Enum.map(&Task.await/1) |> Enum.frequencies()
    IO.inspect(res |> Enum.sort())
  end
end

Main.run()
