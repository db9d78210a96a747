# Elixir's CLI formatter is a process of its own that falls behind quick tests: a failure report
# comes out once the tests wait (a sleep) or the suite ends, after the output of the tests run
# meanwhile; a dot that finds it caught up comes out at once
ExUnit.start(seed: 0)

defmodule ReportsTest do
  use ExUnit.Case

  test "first prints and fails" do
    IO.puts("first: output")
    assert 1 + 1 == 3
  end

  test "second prints" do
    IO.puts("second: output")
  end

  test "third prints and fails" do
    IO.puts("third: output")
    assert [1, 2] == [2, 1]
  end

  test "fourth waits" do
    Process.sleep(1000)
    IO.puts("fourth: output after waiting")
  end

  test "fifth prints" do
    IO.puts("fifth: output")
  end

  test "sixth prints and fails" do
    IO.puts("sixth: output")
    flunk("sixth failed")
  end

  test "seventh prints" do
    IO.puts("seventh: output")
  end
end

defmodule LaterTest do
  use ExUnit.Case

  test "later prints" do
    IO.puts("later: output")
  end

  test "later waits and fails" do
    receive do
      :never -> :ok
    after
      1000 -> IO.puts("later: waited")
    end

    assert :waited == :done
  end
end
