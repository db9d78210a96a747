# Files: File.stream! in lines and bytes, File.open with IO.read/binwrite, append, stat/ls/cp/rename
# errors, StringIO, Stream.resource cleanup, :file.consult, streams into files, IO.ANSI
# (a directory of this run's own: another run of the program at the same time, or one killed
# halfway, leaves it alone)
dir = Path.join(System.tmp_dir!(), "edge3_#{System.pid()}_#{System.unique_integer([:positive])}")
File.rm_rf!(dir)
File.mkdir_p!(dir)
f = Path.join(dir, "data.txt")
tests = [
  fn -> File.write!(f, "line1\nline2\r\nline3") end,
  fn -> File.stream!(f) |> Enum.to_list() end,
  fn -> File.stream!(f, [], 4) |> Enum.take(3) end,
  fn -> File.stream!(f) |> Stream.map(&String.trim_trailing/1) |> Enum.with_index() end,
  fn -> File.read!(f) |> String.split(~r/\R/) end,
  fn -> {:ok, d} = File.open(f, [:read]); r = {IO.read(d, :line), IO.read(d, 3), IO.read(d, :eof)}; File.close(d); r end,
  fn -> File.open(f, [:append], fn d -> IO.write(d, "\nline4"); IO.binwrite(d, "!") end) end,
  fn -> File.read(f) end,
  fn -> File.stat!(f).size end,
  fn -> File.stat(Path.join(dir, "nope")) end,
  fn -> File.read!(Path.join(dir, "nope")) end,
  fn -> File.ls!(dir) end,
  fn -> File.cp!(f, Path.join(dir, "copy.txt")); File.ls!(dir) |> Enum.sort() end,
  fn -> File.rename(Path.join(dir, "copy.txt"), Path.join(dir, "moved.txt")) end,
  fn -> File.exists?(Path.join(dir, "moved.txt")) end,
  fn -> File.dir?(dir) end,
  fn -> File.mkdir(dir) end,
  fn -> File.rm(Path.join(dir, "nope")) end,
  fn -> File.write(Path.join([dir, "sub", "x"]), "x") end,
  fn -> File.touch!(Path.join(dir, "t")); File.regular?(Path.join(dir, "t")) end,
  fn -> File.open!(f, [:read, :binary], fn d -> IO.binread(d, 5) end) end,
  fn -> {:ok, s} = StringIO.open("a\nb\n"); {IO.gets(s, ""), IO.read(s, :eof), StringIO.contents(s)} end,
  fn -> {:ok, s} = StringIO.open(""); IO.puts(s, "hey"); IO.inspect(s, [1], []); StringIO.close(s) end,
  fn -> Stream.resource(fn -> 0 end, fn n when n < 3 -> {[n], n + 1}; n -> {:halt, n} end, fn n -> send(self(), {:closed, n}) end) |> Enum.to_list() end,
  fn -> receive do m -> m after 0 -> :none end end,
  fn -> File.write!(Path.join(dir, "terms"), "{a, 1}.\n[1,2].\n"); :file.consult(String.to_charlist(Path.join(dir, "terms"))) end,
  fn -> File.read_link(f) end,
  fn -> File.cwd!() |> is_binary() end,
  fn -> File.stream!(f) |> Stream.into(File.stream!(Path.join(dir, "out"))) |> Stream.run(); File.read!(Path.join(dir, "out")) end,
  fn -> Enum.into(["a", "b"], File.stream!(Path.join(dir, "out2"))); File.read!(Path.join(dir, "out2")) end,
  fn -> File.rm_rf!(dir) |> length() end,
  fn -> IO.iodata_to_binary(["a", ?b, [?c, ["d"]]]) end,
  fn -> IO.chardata_to_string([?é, "x"]) end,
  fn -> IO.ANSI.format([:red, "x", :reset], true) |> IO.iodata_to_binary() end,
  fn -> IO.ANSI.format([:red, "x"], false) |> IO.iodata_to_binary() end,
  fn -> IO.ANSI.enabled?() end,
  fn -> :io.columns() end,
]
for {t, i} <- Enum.with_index(tests) do
  r = try do t.() rescue e -> {:raised, e.__struct__, Exception.message(e) |> String.replace(dir, "<dir>")} end
  IO.inspect(r, label: "#{i}")
end
