defmodule Temp do
  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_rw_files_#{:erlang.phash2(:x)}")
    File.rm_rf!(dir)
    IO.inspect(File.mkdir_p(Path.join(dir, "a/b")))
    File.write!(Path.join(dir, "a/one.txt"), "line1\nline2\n")
    File.write!(Path.join(dir, "a/b/two.csv"), "x,y\n1,2\n")
    IO.inspect(File.ls!(Path.join(dir, "a")) |> Enum.sort())
    IO.inspect(Path.wildcard(Path.join(dir, "**/*.{txt,csv}")) |> Enum.map(&Path.relative_to(&1, dir)) |> Enum.sort())
    IO.inspect(File.stream!(Path.join(dir, "a/one.txt")) |> Enum.map(&String.trim_trailing/1))
    IO.inspect(File.read(Path.join(dir, "nope")))
    IO.inspect(File.exists?(Path.join(dir, "a/b")))
    IO.inspect(File.dir?(Path.join(dir, "a/one.txt")))
    {:ok, st} = File.stat(Path.join(dir, "a/one.txt"))
    IO.inspect({st.size, st.type})
    File.open!(Path.join(dir, "log.txt"), [:write, :utf8], fn f ->
      IO.write(f, "héllo ")
      IO.puts(f, "world")
      :io.format(f, "~p~n", [[1, 2]])
    end)
    IO.inspect(File.read!(Path.join(dir, "log.txt")))
    File.write!(Path.join(dir, "log.txt"), "more\n", [:append])
    IO.inspect(File.read!(Path.join(dir, "log.txt")) |> String.split("\n"))
    IO.inspect(File.cp(Path.join(dir, "log.txt"), Path.join(dir, "copy.txt")))
    IO.inspect(File.rename(Path.join(dir, "copy.txt"), Path.join(dir, "moved.txt")))
    IO.inspect(File.rm(Path.join(dir, "nothing")))
    IO.inspect(File.rmdir(Path.join(dir, "a")))
    try do
      File.read!(Path.join(dir, "missing.txt"))
    rescue
      e -> IO.puts(Exception.message(e) |> String.replace(dir, "DIR"))
    end
    try do
      File.mkdir!(Path.join(dir, "a"))
    rescue
      e -> IO.puts(Exception.message(e) |> String.replace(dir, "DIR"))
    end
    IO.inspect(Path.basename("/x/y/z.tar.gz", ".gz"))
    IO.inspect(Path.extname("a/b.c.d"))
    IO.inspect(Path.rootname("a/b.c.d"))
    IO.inspect(Path.split("/a/b/c"))
    IO.inspect(Path.join(["a", "/b", "c/"]))
    IO.inspect(Path.expand("../x", "/a/b"))
    IO.inspect(Path.dirname("a/b/c.txt"))
    IO.inspect(Path.relative_to("/a/b/c", "/a"))
    IO.inspect(Path.type("~/x"))
    {:ok, dev} = StringIO.open("alpha\nbeta\n")
    IO.inspect(IO.gets(dev, ""))
    IO.inspect(IO.read(dev, :line))
    IO.inspect(IO.read(dev, :line))
    IO.inspect(StringIO.contents(dev))
    IO.inspect(File.rm_rf(dir) |> elem(0))
  end
end
Temp.run()
