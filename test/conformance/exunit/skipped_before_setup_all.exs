# The excluded and skipped tests of a module are told to the formatter before its setup_all runs
# (Elixir's runner sends their events first): their marks come out before setup_all's output
ExUnit.start(seed: 2, exclude: [:pending])

defmodule AFirstTest do
  use ExUnit.Case

  setup_all do
    IO.puts("first: setup_all")
    :ok
  end

  test "runs" do
    IO.puts("first: runs")
  end
end

defmodule BSecondTest do
  use ExUnit.Case

  setup_all do
    IO.puts("second: setup_all")
    on_exit(fn -> IO.puts("second: setup_all on_exit") end)
    [started: true]
  end

  @tag :skip
  test "skipped" do
    flunk("never")
  end

  @tag :pending
  test "excluded" do
    flunk("never")
  end

  test "runs", %{started: s} do
    IO.puts("second: runs #{s}")
  end

  test "fails" do
    assert 1 == 2
  end
end
