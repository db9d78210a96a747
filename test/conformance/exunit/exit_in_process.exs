ExUnit.start(seed: 0)

defmodule ExitTest do
  use ExUnit.Case

  test "exit with a tuple" do
    exit({:shutdown, :done})
  end

  test "caught exit" do
    assert catch_exit(exit(:x)) == :x
  end

  test "GenServer call to a dead name" do
    assert catch_exit(GenServer.call(:no_such_server, :hi)) == {:noproc, {GenServer, :call, [:no_such_server, :hi, 5000]}}
  end
end
