# A GenServer under test with start_supervised!/stop_supervised in setup, a tag deciding the initial state, a call that crashes the server and a cast crash with their logs captured (@tag capture_log: true), start_supervised errors.
ExUnit.start(seed: 0)

defmodule Counter do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, Keyword.get(opts, :initial, 0), opts)
  def inc(pid, by \\ 1), do: GenServer.call(pid, {:inc, by})
  def value(pid), do: GenServer.call(pid, :value)
  def crash(pid), do: GenServer.cast(pid, :crash)
  @impl true
  def init(n) when is_integer(n), do: {:ok, n}
  def init(other), do: {:stop, {:bad_initial, other}}
  @impl true
  def handle_call({:inc, by}, _from, n) when is_integer(by), do: {:reply, n + by, n + by}
  def handle_call(:value, _from, n), do: {:reply, n, n}
  @impl true
  def handle_cast(:crash, _n), do: raise("crashed on purpose")
end

defmodule CounterTest do
  use ExUnit.Case, async: true

  setup context do
    initial = Map.get(context, :initial, 0)
    pid = start_supervised!({Counter, initial: initial})
    %{counter: pid}
  end

  test "starts at zero", %{counter: c} do
    assert Counter.value(c) == 0
  end

  @tag initial: 10
  test "starts at the tagged value", %{counter: c} do
    assert Counter.inc(c) == 11
    assert Counter.inc(c, 5) == 17
  end

  @tag capture_log: true
  test "bad increment crashes the server", %{counter: c} do
    Counter.inc(c, :one)
  end

  test "a bad initial value" do
    assert {:error, {:bad_initial, :x}} = start_supervised({Counter, initial: :x})
    assert {:error, _} = start_supervised({Counter, initial: :x, name: :other})
    start_supervised!({Counter, initial: :y})
  end

  @tag capture_log: true
  test "cast crash is noticed", %{counter: c} do
    ref = Process.monitor(c)
    Counter.crash(c)
    assert_receive {:DOWN, ^ref, :process, ^c, {%RuntimeError{message: "crashed on purpose"}, _}}
    assert_receive {:DOWN, ^ref, :process, ^c, :normal}, 10
  end

  test "stop_supervised", %{counter: _c} do
    assert stop_supervised(Counter) == :ok
    assert stop_supervised(Counter) == {:error, :not_found}
  end
end
