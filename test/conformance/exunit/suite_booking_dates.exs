ExUnit.start(seed: 777)

defmodule Booking do
  defstruct [:id, :room, :guest, :from, :to, tags: MapSet.new(), notes: []]

  def nights(%__MODULE__{from: from, to: to}), do: Date.diff(to, from)

  def overlaps?(a, b), do: Date.compare(a.from, b.to) == :lt and Date.compare(b.from, a.to) == :lt

  def validate(%__MODULE__{from: from, to: to} = b) do
    cond do
      Date.compare(to, from) != :gt -> {:error, {:invalid_range, from, to}}
      b.guest in [nil, ""] -> {:error, :missing_guest}
      true -> {:ok, b}
    end
  end
end

defmodule BookingTest do
  use ExUnit.Case, async: true

  setup do
    booking = %Booking{id: 1, room: 101, guest: "Ann", from: ~D[2024-03-01], to: ~D[2024-03-04], tags: MapSet.new([:vip])}
    %{booking: booking}
  end

  test "nights", %{booking: b} do
    assert Booking.nights(b) == 3
    assert Booking.nights(b) === 3.0
  end

  test "validate ok", %{booking: b} do
    assert {:ok, %Booking{guest: "Ann"}} = Booking.validate(b)
  end

  test "validate error with dates", %{booking: b} do
    assert {:ok, _} = Booking.validate(%{b | to: ~D[2024-02-28]})
  end

  test "match? and refute match?", %{booking: b} do
    assert match?(%Booking{room: 101}, b)
    refute match?(%Booking{room: 101}, b)
  end

  test "overlap table", %{booking: b} do
    other = %Booking{b | id: 2, from: ~D[2024-03-03], to: ~D[2024-03-05]}
    assert Booking.overlaps?(b, other)
    later = %Booking{b | id: 3, from: ~D[2024-03-04], to: ~D[2024-03-06]}
    assert Booking.overlaps?(b, later)
  end

  test "struct diff with mapset and dates", %{booking: b} do
    changed = %{b | tags: MapSet.new([:vip, :late]), from: ~D[2024-03-02], notes: ["quiet room"]}
    assert b == changed
  end

  test "datetime and naive compare" do
    dt = ~U[2024-01-01 10:00:00Z]
    naive = ~N[2024-01-01 10:00:00]
    assert DateTime.to_naive(dt) == naive
    assert DateTime.add(dt, 3600) == ~U[2024-01-01 10:00:00Z]
  end

  test "keyword and ranges" do
    opts = [mode: :fast, retries: 3, backoff: 1..10//3]
    assert Keyword.get(opts, :backoff) |> Enum.to_list() == [1, 4, 7, 10]
    assert opts == [mode: :slow, retries: 3, backoff: 1..10]
  end

  test "long list is truncated in report" do
    assert Enum.to_list(1..60) == Enum.to_list(1..59)
  end

  test "charlists, floats and binaries" do
    assert 'abc' == 'abd'
  end

  test "float precision" do
    assert 0.1 + 0.2 == 0.3
  end

  test "binary with invalid utf8" do
    assert <<0xFF, 0x00, ?a>> == "a"
  end

  test "error matches struct via catch_error" do
    assert %ArgumentError{message: "nope"} = catch_error(raise ArgumentError, "yes")
  end

  test "truthy with function call args", %{booking: b} do
    assert MapSet.member?(b.tags, :late)
  end

  test "refute truthy", %{booking: b} do
    refute Booking.nights(b)
  end

  test "assert with nil" do
    assert Map.get(%{}, :missing)
  end

  test "comparison ops", %{booking: b} do
    assert Booking.nights(b) > 5
  end

  test "enum all with message" do
    values = [2, 4, 5, 8]
    assert Enum.all?(values, &(rem(&1, 2) == 0)), "odd value in #{inspect(values)}"
  end
end
