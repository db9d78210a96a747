# File.stat/lstat and File.Stat: sizes, types and times as Elixir returns them.
dir = Path.join(System.tmp_dir!(), "beamlet_file_stat_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "notes.txt")
File.write!(path, "hello, stat\n")

{:ok, stat} = File.stat(path)
IO.inspect({stat.size, stat.type, stat.access, stat.links}, label: "file")
IO.inspect(match?(%File.Stat{}, stat), label: "struct")
{{y, _, _}, {_, _, _}} = stat.mtime
IO.inspect(y >= 2024, label: "mtime is a universal datetime")

posix = File.stat!(path, time: :posix)
IO.inspect(is_integer(posix.mtime), label: "posix mtime is an integer")
IO.inspect(:calendar.system_time_to_universal_time(posix.mtime, :second) == stat.mtime, label: "same instant")

IO.inspect(File.stat!(dir).type, label: "dir type")
IO.inspect(File.lstat!(path).size, label: "lstat size")

# File.Stat <-> the Erlang record
record = File.Stat.to_record(stat)
IO.inspect({elem(record, 0), elem(record, 1), tuple_size(record)}, label: "record")
IO.inspect(File.Stat.from_record(record) == stat, label: "round trip")
{:ok, info} = :file.read_file_info(String.to_charlist(path))
IO.inspect({elem(info, 0), elem(info, 1), elem(info, 2)}, label: ":file.read_file_info")

# sizes after appends, and the typical "is it newer/bigger" checks
File.write!(path, String.duplicate("x", 100), [:append])
IO.inspect(File.stat!(path).size, label: "after append")
sizes = for name <- ~w(a b c), into: %{} do
  p = Path.join(dir, name)
  File.write!(p, String.duplicate(name, byte_size(name) * 10 + String.length(name)))
  {name, File.stat!(p).size}
end
IO.inspect(sizes, label: "sizes")

IO.inspect(File.stat(Path.join(dir, "missing")), label: "missing")
IO.inspect(File.lstat(Path.join(dir, "missing")), label: "lstat missing")
IO.inspect(File.stat(path, time: :bogus), label: "bad time option")

try do
  File.stat!(Path.join(dir, "missing"))
rescue
  e in File.Error -> IO.puts(Exception.message(e) |> String.replace(dir, "<dir>"))
end

File.rm_rf!(dir)
