# File.stream!'s modes as Elixir 1.14 keeps them in the struct (raw unless an encoding is given,
# read-ahead by default, :binary unless :charlist), and what each mode reads
dir = Path.join(System.tmp_dir!(), "beamlet_conformance_file_stream_modes")
File.rm_rf!(dir)
File.mkdir_p!(dir)
path = Path.join(dir, "data.txt")
File.write!(path, "héllo\nwörld\n")

for m <- [[], [:utf8], [:read_ahead], [{:read_ahead, false}], [:append], [:binary], [:charlist],
          [{:encoding, :latin1}], [:utf8, :append], [{:read_ahead, 100}], [:read, :write],
          [{:encoding, :unicode}], [:charlist, :utf8]] do
  s = File.stream!(path, m)
  IO.inspect({m, s.modes, s.raw})
end

IO.inspect(File.stream!("x.txt", [], 3))
IO.inspect(File.stream!("x.txt", [:utf8]))
IO.inspect(File.stream!(path) |> Enum.to_list())
IO.inspect(File.stream!(path, [:charlist]) |> Enum.to_list())
IO.inspect(File.stream!(path, [:utf8]) |> Enum.to_list())
IO.inspect(File.stream!(path, [], 3) |> Enum.take(3))
IO.inspect(File.stream!(path, [:utf8], 3) |> Enum.take(3))
IO.inspect(File.stream!(path, [:charlist], 4) |> Enum.take(2))
IO.inspect(File.stream!(path, [{:read_ahead, false}]) |> Enum.to_list())
out = Path.join(dir, "out.txt")
Enum.into(["a", "é"], File.stream!(out))
IO.inspect(File.read!(out))
Enum.into(["b", "ü"], File.stream!(out, [:append, :utf8]))
IO.inspect(File.read!(out))
Enum.into(['c', 'd'], File.stream!(out, [:charlist]))
IO.inspect(File.read!(out))
File.rm_rf!(dir)
