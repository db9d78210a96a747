defmodule Report.Files do
  def setup(dir) do
    File.rm_rf!(dir)
    File.mkdir_p!(Path.join(dir, "in"))
    File.write!(Path.join(dir, "in/a.csv"), "id,name,amount\n1,ann,10.5\n2,bob,3\n")
    File.write!(Path.join(dir, "in/b.csv"), "id,name,amount\n3,cy,7.25\n4,dee,oops\n")
    File.write!(Path.join(dir, "in/notes.txt"), "not a csv")
  end

  def load(dir) do
    Path.join(dir, "in/*.csv")
    |> Path.wildcard()
    |> Enum.sort()
    |> Enum.flat_map(fn path ->
      path
      |> File.stream!()
      |> Stream.drop(1)
      |> Stream.map(&String.trim/1)
      |> Stream.map(&String.split(&1, ","))
      |> Enum.map(fn [id, name, amount] ->
        case Float.parse(amount) do
          {f, ""} -> {:ok, %{id: String.to_integer(id), name: name, amount: f, file: Path.basename(path)}}
          _ -> {:error, {Path.basename(path), id, amount}}
        end
      end)
    end)
  end
end

defmodule Main do
  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_rw_files_#{System.unique_integer([:positive])}")
    Report.Files.setup(dir)
    rows = Report.Files.load(dir)
    {ok, bad} = Enum.split_with(rows, &match?({:ok, _}, &1))
    IO.inspect(Enum.map(ok, &elem(&1, 1)))
    IO.inspect(bad)
    total = ok |> Enum.map(fn {:ok, r} -> r.amount end) |> Enum.sum()
    out = Path.join(dir, "out/report.txt")
    File.mkdir_p!(Path.dirname(out))
    {:ok, file} = File.open(out, [:write, :utf8])
    IO.write(file, "total: #{total}\n")
    IO.puts(file, ["rows: ", Integer.to_string(length(ok))])
    :ok = File.close(file)
    IO.puts(File.read!(out))
    File.write!(out, "appended\n", [:append])
    IO.inspect(File.read!(out) |> String.split("\n", trim: true))
    IO.inspect(File.exists?(out))
    IO.inspect(File.dir?(Path.dirname(out)))
    IO.inspect(File.ls!(Path.join(dir, "in")) |> Enum.sort())
    IO.inspect(File.stat!(out).size)
    IO.inspect(File.stat!(out).type)
    IO.inspect(File.read(Path.join(dir, "missing.txt")))
    IO.inspect(File.rm(Path.join(dir, "missing.txt")))
    IO.inspect(File.cp(out, Path.join(dir, "copy.txt")))
    IO.inspect(File.rename(Path.join(dir, "copy.txt"), Path.join(dir, "moved.txt")))
    IO.inspect(File.read!(Path.join(dir, "moved.txt")) |> byte_size())
    File.open!(Path.join(dir, "lines.txt"), [:write], fn f ->
      Enum.each(1..3, &IO.binwrite(f, "line #{&1}\n"))
    end)
    IO.inspect(File.stream!(Path.join(dir, "lines.txt")) |> Enum.map(&String.trim_trailing/1))
    {:ok, f} = File.open(Path.join(dir, "lines.txt"), [:read])
    IO.inspect(IO.read(f, :line))
    IO.inspect(IO.read(f, 3))
    IO.inspect(IO.binread(f, :eof))
    IO.inspect(IO.read(f, :line))
    File.close(f)
    1..5 |> Stream.map(&"n=#{&1}\n") |> Stream.into(File.stream!(Path.join(dir, "stream.txt"))) |> Stream.run()
    IO.inspect(File.read!(Path.join(dir, "stream.txt")))
    try do
      File.read!(Path.join(dir, "nope/none.txt"))
    rescue
      e in File.Error -> IO.puts(String.replace(Exception.message(e), dir, "<dir>"))
    end
    IO.inspect(File.mkdir(Path.join(dir, "in")))
    IO.inspect(File.rmdir(Path.join(dir, "in")))
    {:ok, removed} = File.rm_rf(dir)
    IO.inspect(length(removed))
    IO.inspect(File.exists?(dir))
  end
end

Main.run()
