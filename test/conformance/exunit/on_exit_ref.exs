ExUnit.start(seed: 0)

defmodule OnExitRefTest do
  use ExUnit.Case

  test "a callback registered again under the same name replaces it" do
    on_exit(:cleanup, fn -> IO.puts("old cleanup") end)
    on_exit(:cleanup, fn -> IO.puts("new cleanup") end)
    on_exit(fn -> IO.puts("anonymous cleanup") end)
  end
end
