# A test timing out while waiting in receive is reported at the line of the code before the receive (the BEAM marks no line for a receive; an assignment of a value has none either), and code: shows that line
ExUnit.start(seed: 0, timeout: 200)
defmodule R do
  use ExUnit.Case
  test "a" do
    receive do
      :never -> :ok
    end
  end
  test "b" do
    receive do
      :never -> :ok
    after
      10_000 -> :ok
    end
  end
  test "c" do
    x = 1
    receive do
      ^x -> :ok
    end
  end
  test "d" do
    send(self(), :x)
    receive do
      :never -> :ok
    end
  end
  test "e" do
    t = 10_000
    receive do
      :never -> :ok
    after
      t -> :ok
    end
  end
end
