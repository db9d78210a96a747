# System.cmd's :env takes any enumerable of pairs, as Elixir 1.14 maps over it: a map of
# variables ran nothing in beamlet ("invalid option :env"); found by a real-world script.
# Names and values are binaries (an integer or atom fails in String.to_charlist/1)
IO.inspect(System.cmd("sh", ["-c", "echo $A-$B"], env: %{"A" => "from", "B" => "map"}))
IO.inspect(System.cmd("sh", ["-c", "echo ${C:-unset}"], env: %{"C" => nil}))
IO.inspect(System.cmd("sh", ["-c", "echo $D"], env: MapSet.new([{"D", "set"}])))
for env <- ["A=1", %{"A" => 1}, [{:b, "x"}], [{"E", :atom}], [:bad]] do
  try do
    System.cmd("sh", ["-c", "true"], env: env) |> IO.inspect()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd()}")
  end
end
