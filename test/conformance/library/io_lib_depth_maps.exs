# Depth-limited printing of maps (~P, ~W), as a debug log of nested state does. io_lib_pretty
# (~P) gives every association of a map the map's depth less one (only their count uses it up);
# io_lib:write (~W) in OTP 25 writes ",..." after a map's last association when that used up
# the depth, even with nothing left to show.
state = %{
  sessions: %{"alice" => %{id: 1, roles: [:admin, :dev], last_seen: {2024, 1, 5}}, "bob" => %{id: 2, roles: [], last_seen: nil}},
  queue: [%{job: :resize, args: ["a.png", 200]}, %{job: :thumb, args: ["b.png"]}],
  config: %{pool_size: 10, timeout: 5000, hosts: ~w(db1 db2 db3)}
}

for depth <- 2..8 do
  :io.format("~B: ~P~n", [depth, state, depth])
end

for depth <- 1..6 do
  :io.format("~B: ~W~n", [depth, state.config, depth])
  :io.format("~B: ~W~n", [depth, %{a: %{b: %{c: 1}}}, depth])
end

:io.format("~P~n", [[%{a: 1, b: [1, 2, 3], c: "a long string value here to wrap the line", d: {:x, :y}}, %{e: 'chars'}], 7])
IO.puts(:io_lib.format("~W", [%{k: 1, j: 2}, 3]))
IO.inspect(:io_lib.format("~W", [%{k: 1}, 2]) |> IO.iodata_to_binary())
