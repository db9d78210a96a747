# start_supervised/2 and stop_supervised/1 as Elixir 1.14's: an ignored child's spec stays (its id
# again gives :already_present, reported as such), the supervisor's refusals of a spec are
# formatted as a start_spec exit, stop_supervised unlinks the child first (a child of
# start_link_supervised! stops without ending the test), before any start it finds nothing and
# starts no supervisor, and an ignored child cannot be unlinked
ExUnit.start(seed: 0)

defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
end

defmodule StartSupervisedRefusalsTest do
  use ExUnit.Case

  test "ignored, then the same id" do
    assert {:ok, :undefined} = start_supervised({Worker, :ignore})
    assert {:error, :already_present} = start_supervised({Worker, 1})
    start_supervised!({Worker, 2})
  end

  test "stop before any start" do
    assert {:error, :not_found} = stop_supervised(:nothing)
    assert {:links, []} = Process.info(self(), :links)
    stop_supervised!(:nothing)
  end

  test "a linked child stops, the test goes on" do
    pid = start_link_supervised!({Worker, 1})
    ref = Process.monitor(pid)
    assert :ok = stop_supervised(Worker)
    assert_receive {:DOWN, ^ref, _, _, :shutdown}
    assert {:error, :not_found} = stop_supervised(Worker)
  end

  test "stopping an ignored child" do
    start_supervised({Worker, :ignore})

    try do
      stop_supervised(Worker)
    rescue
      e in ArgumentError ->
        assert [{:erlang, :unlink, [:undefined], _}, {ExUnit.Callbacks, :stop_supervised, 1, location} | _] = __STACKTRACE__
        assert location == [file: 'lib/ex_unit/callbacks.ex', line: 589]
        reraise e, __STACKTRACE__
    end
  end

  test "bad child type" do
    start_supervised!(%{id: 1, start: {Worker, :start_link, [1]}, type: :bogus})
  end

  test "bad start" do
    start_supervised!(%{id: 1, start: :not_an_mfa})
  end

  test "bad shutdown" do
    start_supervised!(%{id: 1, start: {Worker, :start_link, [1]}, shutdown: -1})
  end
end
