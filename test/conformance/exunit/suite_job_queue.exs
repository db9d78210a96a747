ExUnit.start(seed: 31337)

defmodule Jobs.Queue do
  use GenServer

  def start_link(opts) do
    GenServer.start_link(__MODULE__, Keyword.get(opts, :jobs, []), name: Keyword.get(opts, :name, __MODULE__))
  end

  def push(q \\ __MODULE__, job), do: GenServer.call(q, {:push, job})
  def pop(q \\ __MODULE__), do: GenServer.call(q, :pop)
  def size(q \\ __MODULE__), do: GenServer.call(q, :size)

  @impl true
  def init(jobs), do: {:ok, :queue.from_list(jobs)}

  @impl true
  def handle_call({:push, job}, _from, q), do: {:reply, :ok, :queue.in(job, q)}
  def handle_call(:size, _from, q), do: {:reply, :queue.len(q), q}
  def handle_call(:pop, _from, q) do
    case :queue.out(q) do
      {{:value, job}, q} -> {:reply, {:ok, job}, q}
      {:empty, q} -> {:reply, :empty, q}
    end
  end
end

defmodule Jobs.Worker do
  def run(jobs, fun) do
    jobs
    |> Task.async_stream(fun, max_concurrency: 2, ordered: true)
    |> Enum.map(fn {:ok, v} -> v end)
  end
end

defmodule Jobs.QueueTest do
  use ExUnit.Case

  setup context do
    start_supervised!({Jobs.Queue, jobs: Map.get(context, :jobs, [])})
    :ok
  end

  test "starts empty" do
    assert Jobs.Queue.size() == 0
    assert Jobs.Queue.pop() == :empty
  end

  @tag jobs: [:a, :b]
  test "fifo order" do
    :ok = Jobs.Queue.push(:c)
    assert {:ok, :a} = Jobs.Queue.pop()
    assert {:ok, :b} = Jobs.Queue.pop()
    assert {:ok, :d} = Jobs.Queue.pop()
  end

  test "second queue under another name" do
    pid = start_supervised!({Jobs.Queue, name: :other, jobs: [1]}, id: :other)
    assert Process.whereis(:other) == pid
    assert Jobs.Queue.size(:other) == 1
    :ok = stop_supervised(:other)
    refute Process.whereis(:other)
  end

  test "start_supervised of a duplicate name fails" do
    assert {:error, {{:already_started, _}, _}} = start_supervised({Jobs.Queue, []}, id: :dup)
    start_supervised!({Jobs.Queue, []}, id: :dup2)
  end

  test "stop_supervised unknown id" do
    assert stop_supervised(:nope) == {:error, :not_found}
  end
end

defmodule Jobs.WorkerTest do
  use ExUnit.Case, async: true

  test "runs jobs concurrently in order" do
    assert Jobs.Worker.run(1..5, &(&1 * &1)) == [1, 4, 9, 16, 25]
  end

  test "task await result" do
    task = Task.async(fn -> {:done, self()} end)
    assert {:done, pid} = Task.await(task)
    assert is_pid(pid)
    refute pid == self()
  end

  test "await timeout" do
    task = Task.async(fn -> Process.sleep(500) end)
    Task.await(task, 20)
  end

  test "receive with bound variable from the message" do
    parent = self()
    spawn(fn -> send(parent, {:reply, make_ref(), 42}) end)
    assert_receive {:reply, ref, value}
    assert is_reference(ref)
    assert value == 43
  end

  test "yield_many results" do
    tasks = for n <- [10, 20], do: Task.async(fn -> n end)
    results = Task.yield_many(tasks, 1000) |> Enum.map(fn {_t, {:ok, v}} -> v end)
    assert results == [10, 20, 30]
  end
end

# a task's crash report, captured, is shown under the failure of the test it took down
defmodule Jobs.CrashTest do
  use ExUnit.Case
  @moduletag :capture_log

  test "task that raises takes the test down" do
    Process.flag(:trap_exit, false)
    task = Task.async(fn -> exit(:task_gave_up) end)
    Task.await(task)
  end
end
