ExUnit.start(seed: 7, trace: true)

defmodule JobQueue do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, Keyword.take(opts, [:name]))
  def push(q, job), do: GenServer.call(q, {:push, job})
  def pop(q), do: GenServer.call(q, :pop)
  def size(q), do: GenServer.call(q, :size)
  def drain(q, fun), do: GenServer.cast(q, {:drain, fun})

  @impl true
  def init(opts) do
    max = Keyword.get(opts, :max, 3)
    if max <= 0, do: {:stop, :bad_max}, else: {:ok, %{max: max, q: :queue.new(), owner: opts[:owner]}}
  end

  @impl true
  def handle_call({:push, _job}, _from, %{max: max, q: q} = s) when max == 0 or (is_integer(max) and max > 0 and false), do: {:reply, :never, %{s | q: q}}
  def handle_call({:push, job}, _from, s) do
    if :queue.len(s.q) >= s.max do
      {:reply, {:error, :full}, s}
    else
      {:reply, :ok, %{s | q: :queue.in(job, s.q)}}
    end
  end

  def handle_call(:pop, _from, s) do
    case :queue.out(s.q) do
      {{:value, job}, q} -> {:reply, {:ok, job}, %{s | q: q}}
      {:empty, _} -> {:reply, :empty, s}
    end
  end

  def handle_call(:size, _from, s), do: {:reply, :queue.len(s.q), s}

  @impl true
  def handle_cast({:drain, fun}, s) do
    for job <- :queue.to_list(s.q), do: fun.(job)
    if s.owner, do: send(s.owner, :drained)
    {:noreply, %{s | q: :queue.new()}}
  end
end

defmodule JobQueueTest do
  use ExUnit.Case, async: true

  setup context do
    max = context[:max] || 3
    {:ok, q} = start_supervised({JobQueue, max: max, owner: self()})
    on_exit(fn -> send(context[:test_pid] || self(), :cleanup) end)
    {:ok, q: q, max: max}
  end

  test "push and pop in order", %{q: q} do
    for j <- [:a, :b, :c], do: :ok = JobQueue.push(q, j)
    assert JobQueue.pop(q) == {:ok, :a}
    assert JobQueue.pop(q) == {:ok, :b}
    assert JobQueue.size(q) == 1
  end

  @tag max: 1
  test "full queue refuses", %{q: q, max: max} do
    assert max == 1
    assert :ok = JobQueue.push(q, 1)
    assert {:error, :full} = JobQueue.push(q, 2)
  end

  test "empty pop", %{q: q} do
    assert JobQueue.pop(q) == :empty
    refute JobQueue.size(q) > 0
  end

  test "drain runs every job and notifies", %{q: q} do
    test_pid = self()
    JobQueue.push(q, 1)
    JobQueue.push(q, 2)
    JobQueue.drain(q, &send(test_pid, {:ran, &1}))
    assert_receive {:ran, 1}
    assert_receive {:ran, 2}
    assert_receive :drained
    refute_receive {:ran, _}, 50
    assert JobQueue.size(q) == 0
  end

  test "bad max stops init" do
    Process.flag(:trap_exit, true)
    assert {:error, :bad_max} = JobQueue.start_link(max: 0)
    assert_receive {:EXIT, _, :bad_max}
  end

  test "calls to a dead queue exit" do
    {:ok, q} = JobQueue.start_link(max: 1)
    GenServer.stop(q)
    assert {:noproc, {GenServer, :call, [^q, :size, 5000]}} = catch_exit(JobQueue.size(q))
  end

  test "a crashing drain function takes the queue down", %{q: q} do
    ref = Process.monitor(q)
    JobQueue.push(q, :boom)
    ExUnit.CaptureLog.capture_log(fn ->
      JobQueue.drain(q, fn job -> raise ArgumentError, "cannot run #{job}" end)
      assert_receive {:DOWN, ^ref, :process, _, {%ArgumentError{message: msg}, _}}, 2000
      assert msg =~ ~r/cannot run boom/
    end)
  end

  test "floating point stats" do
    times = [0.1, 0.2, 0.3]
    assert_in_delta Enum.sum(times), 0.6, 1.0e-9
    refute_in_delta Enum.sum(times), 0.7, 0.05
    assert Enum.sum(times) != 0.6
  end

  test "raise with message regex" do
    assert_raise ArgumentError, ~r/^cannot run \d+$/, fn -> raise ArgumentError, "cannot run 42" end
    assert catch_throw(throw({:halt, 3})) == {:halt, 3}
    assert catch_error(:erlang.error(:oops)) == :oops
  end

  test "failure: wrong size", %{q: q} do
    JobQueue.push(q, :x)
    assert JobQueue.size(q) == 2, "expected two jobs queued"
  end

  test "failure: refute_receive sees message" do
    send(self(), {:ran, 99})
    refute_receive {:ran, _}
  end

  test "failure: in_delta" do
    assert_in_delta 1.0, 1.5, 0.1
  end

  test "failure: unexpected exit in test", %{q: q} do
    GenServer.stop(q)
    JobQueue.size(q)
  end
end
