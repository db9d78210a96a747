dir = Path.join(System.tmp_dir!(), "rw_logs_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "app.log")

lines = for i <- 1..25, do: "#{String.pad_leading(Integer.to_string(i), 3, "0")} level=#{Enum.at(~w(info warn error), rem(i, 3))} msg=event#{i}"
File.write!(path, Enum.join(lines, "\n") <> "\n")
IO.inspect(File.exists?(path))
{:ok, stat} = File.stat(path)
IO.inspect({stat.type, stat.size})

counts =
  path
  |> File.stream!()
  |> Stream.map(&String.trim_trailing/1)
  |> Stream.map(fn line -> Regex.run(~r/level=(\w+)/, line, capture: :all_but_first) |> hd() end)
  |> Enum.frequencies()

IO.inspect(counts)

errors = path |> File.stream!() |> Stream.filter(&String.contains?(&1, "error")) |> Enum.take(3)
IO.inspect(errors)

# rotate into chunks of 10 lines
path
|> File.stream!()
|> Stream.chunk_every(10)
|> Stream.with_index(1)
|> Enum.each(fn {chunk, i} -> File.write!(Path.join(dir, "app.#{i}.log"), chunk) end)

IO.inspect(File.ls!(dir) |> Enum.sort())
IO.inspect(File.read!(Path.join(dir, "app.3.log")) |> String.split("\n", trim: true) |> length())

{:ok, file} = File.open(Path.join(dir, "out.txt"), [:write, :utf8])
IO.write(file, "héllo ")
IO.puts(file, "world")
:io.format(file, "~s=~p~n", ["k", [1, 2]])
IO.binwrite(file, "raw\n")
File.close(file)
IO.inspect(File.read!(Path.join(dir, "out.txt")))

{:ok, f} = File.open(Path.join(dir, "out.txt"), [:read])
IO.inspect(IO.read(f, :line))
IO.inspect(IO.read(f, 3))
IO.inspect(IO.binread(f, :eof))
IO.inspect(IO.read(f, :line))
File.close(f)

File.open!(Path.join(dir, "append.txt"), [:append], fn f -> IO.write(f, "a") end)
File.open!(Path.join(dir, "append.txt"), [:append], fn f -> IO.write(f, "b") end)
IO.inspect(File.read!(Path.join(dir, "append.txt")))
IO.inspect(File.read(Path.join(dir, "missing.txt")))
IO.inspect(File.rm(Path.join(dir, "missing.txt")))
try do
  File.read!(Path.join(dir, "missing.txt"))
rescue
  e -> IO.puts(Exception.message(e) |> String.replace(dir, "DIR"))
end
IO.inspect(File.copy(path, Path.join(dir, "copy.log")))
File.rename!(Path.join(dir, "copy.log"), Path.join(dir, "moved.log"))
IO.inspect(File.exists?(Path.join(dir, "moved.log")))
IO.inspect(File.dir?(dir))
File.mkdir_p!(Path.join([dir, "a", "b"]))
File.touch!(Path.join([dir, "a", "b", "c.txt"]))
IO.inspect(Path.wildcard(Path.join(dir, "**/*.txt")) |> Enum.map(&Path.relative_to(&1, dir)) |> Enum.sort())
IO.inspect(Path.wildcard(Path.join(dir, "app.{1,2}.log")) |> Enum.map(&Path.basename/1) |> Enum.sort())
IO.inspect(File.rm_rf!(dir) |> length())
IO.inspect(File.exists?(dir))
stream = File.stream!(Path.join(System.tmp_dir!(), "rw_stream_#{System.unique_integer([:positive])}.txt"))
Enum.into(["x\n", "y\n"], stream)
IO.inspect(Enum.to_list(stream))
File.rm!(stream.path)
