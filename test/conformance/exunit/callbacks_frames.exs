# the frames of ExUnit.Callbacks' functions a test calls (start_supervised!/2, stop_supervised!/1, on_exit/2 ...) at the lines of Elixir's lib/ex_unit/callbacks.ex, and kept in a failure's stacktrace
ExUnit.start(seed: 0)
defmodule S5Test do
  use ExUnit.Case
  defp st(f) do
    try do
      f.()
    rescue
      e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 3)})
    end
  end
  test "probe" do
    st(fn -> start_supervised!({Agent, fn -> raise "x" end}) end)
    st(fn -> start_link_supervised!({Agent, fn -> raise "x" end}) end)
    st(fn -> stop_supervised!(:nope) end)
    Task.async(fn -> st(fn -> on_exit(fn -> :ok end) end) end) |> Task.await()
    Task.async(fn -> st(fn -> start_supervised(Agent) end) end) |> Task.await()
    Task.async(fn -> st(fn -> start_supervised!(Agent) end) end) |> Task.await()
    Task.async(fn -> st(fn -> start_link_supervised!(Agent) end) end) |> Task.await()
    Task.async(fn -> st(fn -> stop_supervised(:x) end) end) |> Task.await()
    Task.async(fn -> st(fn -> stop_supervised!(:x) end) end) |> Task.await()
    st(fn -> start_supervised!(:not_a_module) end)
  end

  # (after the probe, which runs first with seed 0: its output comes before any failure's report)
  test "start_supervised! fails", do: start_supervised!({Agent, fn -> raise "x" end})
  test "start_link_supervised! fails", do: start_link_supervised!({Agent, fn -> raise "x" end})
  test "stop_supervised! fails", do: stop_supervised!(:nope)
end
