defmodule Producer do
  use GenServer
  def start_link(items), do: GenServer.start_link(__MODULE__, items, name: __MODULE__)
  def init(items), do: {:ok, %{items: items, waiting: :queue.new()}}
  # a consumer asks for n items: it gets at most n, and waits when there is nothing
  def handle_call({:demand, n}, from, %{items: []} = s) do
    {:noreply, %{s | waiting: :queue.in({from, n}, s.waiting)}}
  end
  def handle_call({:demand, n}, _from, s) do
    {batch, rest} = Enum.split(s.items, n)
    {:reply, {:ok, batch}, %{s | items: rest}}
  end
  def handle_cast({:push, more}, s) do
    {:noreply, serve(%{s | items: s.items ++ more})}
  end
  def handle_cast(:done, s) do
    for {from, _} <- :queue.to_list(s.waiting), do: GenServer.reply(from, :done)
    {:noreply, %{s | waiting: :queue.new(), items: [:done]}}
  end
  defp serve(s) do
    case {:queue.out(s.waiting), s.items} do
      {{{:value, {from, n}}, q}, [_ | _]} ->
        {batch, rest} = Enum.split(s.items, n)
        GenServer.reply(from, {:ok, batch})
        serve(%{s | waiting: q, items: rest})
      _ -> s
    end
  end
end

defmodule Consumer do
  def run(parent, id, demand, acc \\ []) do
    case GenServer.call(Producer, {:demand, demand}) do
      {:ok, [:done]} -> send(parent, {:consumer_done, id, Enum.reverse(acc)})
      {:ok, batch} ->
        {items, stop} = Enum.split_while(batch, &(&1 != :done))
        acc = Enum.reverse(Enum.map(items, &(&1 * 10)), acc)
        if stop == [], do: run(parent, id, demand, acc), else: send(parent, {:consumer_done, id, Enum.reverse(acc)})
      :done -> send(parent, {:consumer_done, id, Enum.reverse(acc)})
    end
  end
end

defmodule RateLimiter do
  use GenServer
  # at most `limit` requests in the window; more are queued and let through as the window frees
  def start_link(limit), do: GenServer.start_link(__MODULE__, limit, name: __MODULE__)
  def init(limit), do: {:ok, %{limit: limit, in_flight: 0, queue: :queue.new(), served: []}}
  def handle_call({:request, id}, from, %{in_flight: n, limit: l} = s) when n < l do
    Process.send_after(self(), :release, 20)
    {:reply, {:ok, id}, %{s | in_flight: n + 1, served: [id | s.served]}}
  end
  def handle_call({:request, id}, from, s), do: {:noreply, %{s | queue: :queue.in({from, id}, s.queue)}}
  def handle_call(:stats, _, s), do: {:reply, {:queue.len(s.queue), Enum.reverse(s.served)}, s}
  def handle_info(:release, s) do
    case :queue.out(s.queue) do
      {{:value, {from, id}}, q} ->
        Process.send_after(self(), :release, 20)
        GenServer.reply(from, {:ok, id})
        {:noreply, %{s | queue: q, served: [id | s.served]}}
      {:empty, _} -> {:noreply, %{s | in_flight: s.in_flight - 1}}
    end
  end
end

{:ok, _} = Producer.start_link(Enum.to_list(1..5))
parent = self()
spawn(fn -> Consumer.run(parent, :a, 2) end)
Process.sleep(50)
GenServer.cast(Producer, {:push, [6, 7, 8]})
GenServer.cast(Producer, :done)
receive do {:consumer_done, id, items} -> IO.inspect({id, items}, label: "consumer") end
q = :queue.from_list([1, 2, 3])
q = :queue.in_r(0, q)
IO.inspect(:queue.to_list(q), label: "queue")
IO.inspect({:queue.peek(q), :queue.peek_r(q), :queue.len(q), :queue.is_empty(:queue.new())}, label: "peek")
{{:value, x}, q2} = :queue.out_r(q)
IO.inspect({x, :queue.to_list(q2)}, label: "out_r")
IO.inspect(:queue.to_list(:queue.filter(&(rem(&1, 2) == 0), q)), label: "filter")
IO.inspect(:queue.member(2, q), label: "member")
IO.inspect(:queue.out(:queue.new()), label: "empty out")
{a, b} = :queue.split(2, q)
IO.inspect({:queue.to_list(a), :queue.to_list(b)}, label: "split")
IO.inspect(:queue.to_list(:queue.join(a, b)), label: "join")
IO.inspect(:queue.to_list(:queue.reverse(q)), label: "reverse")

{:ok, _} = RateLimiter.start_link(2)
tasks = for id <- 1..5, do: Task.async(fn -> GenServer.call(RateLimiter, {:request, id}) end)
results = Task.await_many(tasks)
IO.inspect(Enum.sort(results), label: "results")
{queued, served} = GenServer.call(RateLimiter, :stats)
IO.inspect({queued, length(served), Enum.sort(served)}, label: "stats")
