defmodule Clock do
  defstruct hour: 0, minute: 0

  def new(hour, minute) do
    total = Integer.mod(hour * 60 + minute, 24 * 60)
    %Clock{hour: div(total, 60), minute: rem(total, 60)}
  end

  def add(%Clock{hour: h, minute: m}, add_minute), do: new(h, m + add_minute)

  defimpl String.Chars do
    def to_string(%Clock{hour: h, minute: m}) do
      :io_lib.format("~2..0B:~2..0B", [h, m]) |> IO.iodata_to_binary()
    end
  end
end

defmodule BadClock do
  defstruct [:hour, :minute]
  def new(h, m), do: %BadClock{hour: rem(h, 24), minute: rem(m, 60)}

  defimpl Inspect do
    def inspect(%BadClock{hour: h, minute: m}, _opts), do: "#BadClock<#{h}:#{m}>"
  end
end

ExUnit.start(seed: 5)
ExUnit.configure(exclude: :pending, trace: true)

defmodule ClockTest do
  use ExUnit.Case

  describe "create" do
    test "on the hour" do
      assert Clock.new(8, 0) |> to_string() == "08:00"
    end

    test "hour rolls over" do
      assert Clock.new(25, 0) |> to_string() == "01:00"
    end

    test "negative minutes roll over continuously" do
      assert Clock.new(1, -4820) |> to_string() == "16:40"
    end

    test "wrong string" do
      assert Clock.new(1, -40) |> to_string() == "00:21"
    end
  end

  describe "add" do
    test "add minutes" do
      clock = Clock.new(10, 0) |> Clock.add(3)
      assert to_string(clock) == "10:03"
    end

    test "struct equality" do
      assert Clock.new(10, 0) |> Clock.add(61) == %Clock{hour: 11, minute: 2}
    end

    test "struct match" do
      assert %Clock{hour: 12} = Clock.new(10, 0) |> Clock.add(61)
    end
  end

  describe "bad clock" do
    test "custom inspect in diff" do
      assert BadClock.new(25, -1) == BadClock.new(1, 59)
    end

    test "custom inspect vs map" do
      assert BadClock.new(25, 1) == %{hour: 1, minute: 1}
    end

    test "struct vs other struct" do
      assert Clock.new(1, 1) == BadClock.new(1, 1)
    end

    test "in list" do
      assert [Clock.new(1, 1), Clock.new(2, 2)] == [Clock.new(1, 1), Clock.new(2, 3)]
    end
  end
end
