# for with into: goes through Collectable as Elixir's for does: into/1 is asked before any body runs,
# each value is given to the collectable's fun (a map's rejects a non-pair with FunctionClauseError),
# :halt when the body raises; into: %{} and [] collect a list first (found by scripts/fuzz-diff.mjs seed 9701)
defmodule Main do
  def t(label, f) do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e) |> String.slice(0, 90)}")
  end

  def run do
    t("map literal bad", fn -> for x <- [1, 2], into: %{}, do: x end)
    t("map nonempty bad", fn -> for x <- [1, 2], into: %{z: 0}, do: [x] end)
    t("map nonempty ok", fn -> for x <- [1, 2], into: %{z: 0}, do: {x, x} end)
    t("atom into, body side effects", fn -> for x <- [1, 2], into: :x, do: IO.puts(x) end)
    t("nonempty map, side effects", fn -> for x <- [1, 2], into: %{z: 0}, do: (IO.puts(x); x) end)
    t("empty map side effects", fn -> for x <- [1, 2], into: %{}, do: (IO.puts(x); x) end)
    t("string into", fn -> for x <- [?a, ?b], into: "z", do: <<x>> end)
    t("string into bad", fn -> for x <- [1, 2], into: "z", do: (IO.puts(x); x) end)
    t("mapset", fn -> for x <- [2, 1, 2], into: MapSet.new([9]), do: x end)
    t("list into nonempty", fn -> for x <- [1, 2], into: [0], do: x end)
    t("list into []", fn -> for x <- [1, 2], into: [], do: x end)
    t("into var map", fn -> m = %{}; for x <- [1, 2], into: m, do: x end)
    t("into uniq", fn -> for x <- [1, 1, 2], into: %{}, uniq: true, do: {x, x} end)
    t("into uniq nonempty", fn -> for x <- [1, 1, 2], into: %{a: 1}, uniq: true, do: {x, x} end)
    t("filter + into", fn -> for x <- 1..5, rem(x, 2) == 1, into: %{0 => 0}, do: {x, x * x} end)
    t("nested + into", fn -> for x <- [1, 2], y <- [:a], into: %{}, do: {{x, y}, 1} end)
    t("stream into", fn -> s = for x <- [1, 2], into: IO.stream(:stdio, :line), do: "#{x}\n"; is_struct(s) end)
    t("halt on raise", fn -> for x <- [1, 2], into: IO.stream(:stdio, :line), do: (if x == 2, do: raise("r"), else: "#{x}\n") end)
    t("bin gen into map", fn -> for <<c <- "ab">>, into: %{z: 0}, do: {c, 1} end)
    t("bin gen into map bad", fn -> for <<c <- "ab">>, into: %{z: 0}, do: [c] end)
  end
end
Main.run()
