# IO.inspect/3 to a device no process stands for fails in :io.put_chars under IO.inspect/3's own
# frame, with the chardata it hands over: [[label, ": "], Inspect.Algebra.format/2's pieces]
IO.inspect(:nodev, %{list: Enum.to_list(1..30), name: "x", tuple: {1, :a}}, label: "state")
IO.puts("not reached")
