# on_exit/2 callbacks are kept by ExUnit.OnExitHandler's process (in a table it owns) until the
# test process ends; they run newest first, a callback registered again under a name replaced
ExUnit.start(autorun: false, seed: 0)

defmodule OnExitTableTest do
  use ExUnit.Case

  test "callbacks" do
    on_exit(:a, fn -> IO.puts("a first") end)
    on_exit(fn -> IO.puts("anonymous") end)
    on_exit(:a, fn -> IO.puts("a replaced") end)
    on_exit(:b, fn -> IO.puts("b") end)
    IO.inspect(:ets.info(ExUnit.OnExitHandler, :owner) == Process.whereis(ExUnit.OnExitHandler), label: "owned by the handler")
  end
end

IO.inspect(ExUnit.run())
