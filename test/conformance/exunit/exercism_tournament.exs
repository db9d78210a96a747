defmodule Tournament do
  def tally(input) do
    input
    |> Enum.map(&String.split(&1, ";"))
    |> Enum.reduce(%{}, fn
      [a, b, "win"], acc -> acc |> res(a, :w) |> res(b, :l)
      [a, b, "loss"], acc -> acc |> res(a, :l) |> res(b, :w)
      [a, b, "draw"], acc -> acc |> res(a, :d) |> res(b, :d)
      _, acc -> acc
    end)
    |> Enum.map(fn {t, s} -> {t, s, s.w * 3 + s.d} end)
    |> Enum.sort_by(fn {t, _, p} -> {-p, t} end)
    |> Enum.map(fn {t, s, p} -> row(t, s.w + s.d + s.l, s.w, s.d, s.l, p) end)
    |> then(&[row("Team", "MP", "W", "D", "L", "P") | &1])
    |> Enum.join("\n")
  end
  defp res(acc, t, k), do: Map.update(acc, t, Map.put(%{w: 0, d: 0, l: 0}, k, 1), &Map.update!(&1, k, fn x -> x + 1 end))
  defp row(t, mp, w, d, l, p) do
    String.pad_trailing(t, 30) <> Enum.map_join([mp, w, d, l, p], "", fn x -> " | " <> String.pad_leading("#{x}", 2) end)
  end
end

ExUnit.start(seed: 17)
ExUnit.configure(exclude: :pending, trace: true)

defmodule TournamentTest do
  use ExUnit.Case

  test "typical input" do
    input = [
      "Allegoric Alaskans;Blithering Badgers;win",
      "Devastating Donkeys;Courageous Californians;draw",
      "Devastating Donkeys;Allegoric Alaskans;win",
      "Courageous Californians;Blithering Badgers;loss",
      "Blithering Badgers;Devastating Donkeys;loss",
      "Allegoric Alaskans;Courageous Californians;win"
    ]

    expected =
      """
      Team                           | MP |  W |  D |  L |  P
      Devastating Donkeys            |  3 |  2 |  1 |  0 |  7
      Allegoric Alaskans             |  3 |  2 |  0 |  1 |  6
      Blithering Badgers             |  3 |  1 |  0 |  2 |  3
      Courageous Californians        |  3 |  0 |  1 |  2 |  1
      """
      |> String.trim()

    assert Tournament.tally(input) == expected
  end

  test "wrong table" do
    input = [
      "Allegoric Alaskans;Blithering Badgers;win",
      "Devastating Donkeys;Courageous Californians;draw"
    ]

    expected = """
    Team                           | MP |  W |  D |  L |  P
    Allegoric Alaskans             |  1 |  1 |  0 |  0 |  3
    Devastating Donkeys            |  1 |  0 |  1 |  0 |  1
    Courageous Californians        |  1 |  0 |  1 |  0 |  1
    Blithering Badgers             |  1 |  0 |  0 |  1 |  0
    """

    assert Tournament.tally(input) == expected
  end

  test "ignores bad lines" do
    assert Tournament.tally(["a;b;c;d", "x"]) =~ "Team"
  end

  test "match regex fail" do
    assert Tournament.tally(["a;b;win"]) =~ ~r/^Team\s+\| MP \|\s+W\s+\|\s+D\s+\|\s+L\s+\|\s+P\nb/
  end
end
