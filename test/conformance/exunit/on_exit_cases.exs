ExUnit.start(seed: 0)

defmodule OnExitTest do
  use ExUnit.Case

  setup do
    on_exit(fn -> IO.puts("setup on_exit") end)
    :ok
  end

  test "runs callbacks in reverse order" do
    on_exit(fn -> IO.puts("first registered") end)
    on_exit(fn -> IO.puts("second registered") end)
    IO.puts("in test")
  end
end
