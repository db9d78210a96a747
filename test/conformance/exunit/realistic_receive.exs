ExUnit.start(seed: 21, max_failures: 3)

defmodule PingPong do
  def start do
    spawn(fn -> loop() end)
  end

  defp loop do
    receive do
      {:ping, from} ->
        send(from, :pong)
        loop()
      {:echo, from, msg} ->
        send(from, {:echoed, msg})
        loop()
      :stop ->
        :ok
    end
  end
end

defmodule PingPongTest do
  use ExUnit.Case, async: true

  setup do
    pid = PingPong.start()
    on_exit(fn -> send(pid, :stop) end)
    %{pid: pid}
  end

  test "pong", %{pid: pid} do
    send(pid, {:ping, self()})
    assert_receive :pong, 500
  end

  test "echo binds", %{pid: pid} do
    send(pid, {:echo, self(), %{id: 7}})
    assert_receive {:echoed, %{id: id}}
    assert id == 7
  end

  test "echo pinned", %{pid: pid} do
    expected = 8
    send(pid, {:echo, self(), 7})
    assert_receive {:echoed, ^expected}, 50
  end

  test "guards in assert_receive", %{pid: pid} do
    send(pid, {:echo, self(), 3})
    assert_receive {:echoed, n} when n > 5, 50
  end

  test "refute_receive gets one", %{pid: pid} do
    send(pid, {:ping, self()})
    refute_receive :pong, 200
  end

  test "many in the mailbox" do
    for i <- 1..15, do: send(self(), {:n, i})
    assert_received {:n, 100}
  end

  test "last" do
    assert false
  end
end
