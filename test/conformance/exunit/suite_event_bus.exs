ExUnit.start(seed: 99)

defmodule EventBus do
  use GenServer

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, %{}, opts)
  def subscribe(bus, topic), do: GenServer.call(bus, {:subscribe, topic, self()})
  def publish(bus, topic, payload), do: GenServer.cast(bus, {:publish, topic, payload})
  def subscribers(bus, topic), do: GenServer.call(bus, {:subscribers, topic})
  def crash(bus), do: GenServer.call(bus, :crash)
  def slow(bus, ms), do: GenServer.call(bus, {:slow, ms}, 50)

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:subscribe, topic, pid}, _from, state) do
    Process.monitor(pid)
    {:reply, :ok, Map.update(state, topic, [pid], &[pid | &1])}
  end

  def handle_call({:subscribers, topic}, _from, state), do: {:reply, Map.get(state, topic, []), state}
  def handle_call(:crash, _from, _state), do: raise("bus exploded")
  def handle_call({:slow, ms}, _from, state) do
    Process.sleep(ms)
    {:reply, :done, state}
  end

  @impl true
  def handle_cast({:publish, topic, payload}, state) do
    for pid <- Map.get(state, topic, []), do: send(pid, {:event, topic, payload})
    {:noreply, state}
  end

  @impl true
  def handle_info({:DOWN, _, :process, pid, _}, state) do
    {:noreply, Map.new(state, fn {t, pids} -> {t, List.delete(pids, pid)} end)}
  end
end

defmodule EventBusTest do
  use ExUnit.Case

  setup do
    bus = start_supervised!(EventBus)
    %{bus: bus}
  end

  test "delivers events to subscribers", %{bus: bus} do
    :ok = EventBus.subscribe(bus, :orders)
    EventBus.publish(bus, :orders, %{id: 1})
    assert_receive {:event, :orders, %{id: id}}
    assert id == 1
  end

  test "does not deliver other topics", %{bus: bus} do
    :ok = EventBus.subscribe(bus, :orders)
    EventBus.publish(bus, :users, %{id: 2})
    refute_receive {:event, _, _}, 100
  end

  test "assert_receive times out with mailbox shown", %{bus: bus} do
    :ok = EventBus.subscribe(bus, :orders)
    EventBus.publish(bus, :orders, %{id: 3})
    # a call after the cast: the event is in the mailbox before :unrelated
    _ = EventBus.subscribers(bus, :orders)
    send(self(), :unrelated)
    assert_receive {:event, :orders, %{id: 4}}, 200
  end

  test "assert_received with pinned value", %{bus: bus} do
    :ok = EventBus.subscribe(bus, :orders)
    EventBus.publish(bus, :orders, 5)
    expected = 6
    _ = EventBus.subscribers(bus, :orders)
    assert_received {:event, :orders, ^expected}
  end

  test "refute_received fails when message present" do
    send(self(), {:ping, 1})
    refute_received {:ping, _}
  end

  test "unsubscribes dead processes", %{bus: bus} do
    parent = self()
    pid = spawn(fn ->
      EventBus.subscribe(bus, :t)
      send(parent, :subscribed)
      receive do: (:stop -> :ok)
    end)
    assert_receive :subscribed
    ref = Process.monitor(pid)
    send(pid, :stop)
    assert_receive {:DOWN, ^ref, :process, ^pid, :normal}
    assert EventBus.subscribers(bus, :t) == [] or EventBus.subscribers(bus, :t) == [pid]
  end

  @tag :capture_log
  test "catch_exit on crash", %{bus: bus} do
    Process.flag(:trap_exit, true)
    assert {{%RuntimeError{message: "bus exploded"}, _}, {GenServer, :call, _}} = catch_exit(EventBus.crash(bus))
  end

  test "call timeout exits", %{bus: bus} do
    assert {:timeout, {GenServer, :call, [_, {:slow, 200}, 50]}} = catch_exit(EventBus.slow(bus, 200))
  end

  test "uncaught exit from a call fails the test", %{bus: bus} do
    EventBus.slow(bus, 300)
  end

  test "throw in test" do
    throw({:unexpected, 42})
  end

  test "exit in test" do
    exit(:shutdown_requested)
  end

  test "catch_throw value" do
    assert catch_throw(throw(:found)) == :found
    assert catch_throw(:nothing) == :found
  end
end

defmodule LinkedCrashTest do
  use ExUnit.Case

  test "linked process exit kills the test" do
    spawn_link(fn -> exit({:worker_died, %{id: 7}}) end)
    Process.sleep(1000)
  end
end
