# A realistic suite (issue 10): a GenServer under test with setup, @moduletag, exclude: [:slow], @tag skip:, assert_receive/refute_receive (the mailbox shown), capture_io with input, capture_log, assert_in_delta, catch_throw/catch_exit, a crashed linked process (its crash report), refute, and list and string diffs
ExUnit.start(seed: 7, exclude: [:slow])

defmodule Counter do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def bump(pid), do: GenServer.call(pid, :bump)
  def crash(pid), do: GenServer.cast(pid, :crash)
  def init(n), do: {:ok, n}
  def handle_call(:bump, {from, _}, n) do
    send(from, {:bumped, n + 1})
    {:reply, n + 1, n + 1}
  end
  def handle_cast(:crash, _n), do: raise("counter crashed")
end

defmodule WorkerTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog
  require Logger

  @moduletag :workers

  setup do
    {:ok, pid} = Counter.start_link(10)
    %{pid: pid}
  end

  test "bump replies and notifies", %{pid: pid} do
    assert Counter.bump(pid) == 11
    assert_receive {:bumped, 11}
  end

  test "waits for a message that never comes", %{pid: pid} do
    send(self(), {:other, 1})
    send(self(), :noise)
    Counter.bump(pid)
    assert_receive {:bumped, 99}, 50
  end

  test "refute_receive", %{pid: pid} do
    Counter.bump(pid)
    refute_receive {:bumped, 11}, 100
  end

  test "capture_io" do
    out = capture_io(fn -> IO.puts("hello"); IO.write("world") end)
    assert out == "hello\nworld"
    assert capture_io("some input", fn -> IO.gets("> ") |> IO.write() end) == "> some input"
  end

  test "capture_log" do
    log = capture_log(fn -> Logger.error("disk full") end)
    assert log =~ "[error] disk full"
    refute log =~ "disk empty"
  end

  test "assert_in_delta and catch" do
    assert_in_delta 1.0, 1.05, 0.1
    assert catch_throw(throw(:ball)) == :ball
    assert catch_exit(exit(:bye)) == :bye
    assert_in_delta 1.0, 1.5, 0.1
  end

  @tag :slow
  test "excluded slow test" do
    flunk("should not run")
  end

  @tag skip: "not ready"
  test "skipped" do
    flunk("skipped")
  end

  test "crash in linked process", %{pid: pid} do
    Process.flag(:trap_exit, true)
    Counter.crash(pid)
    assert_receive {:EXIT, ^pid, {%RuntimeError{message: msg}, _}}
    assert msg == "counter crashed!"
  end

  test "refute and flunk" do
    refute [1, 2, 3] |> Enum.member?(2)
  end

  test "list and string diffs" do
    assert [1, 2, 3, 4] == [1, 2, 4, 5]
  end

  test "long strings" do
    assert "the quick brown fox jumps over the lazy dog" == "the quick brown cat jumps over the lazy dog!"
  end
end
