# File.write and :file.write_file take iodata as OTP does: an improper list whose tail is a binary
# is iodata; anything else (a number over 255, an atom in a list) is {:error, :badarg} and makes
# no file, and File.write! raises File.Error for it.
dir = Path.join(System.tmp_dir!(), "file_write_iodata_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "out")
for data <- [["a" | "b"], ["a", ?c | "b"], [[[["deep"]]], ?x], 'chars', "", [], [256], [-1], :atom, ["a" | :b], [1.5]] do
  File.rm(path)
  r = File.write(path, data)
  IO.inspect({data, r, File.read(path)})
end
IO.inspect(:file.write_file(String.to_charlist(path), ["z" | "b"]))
IO.inspect(File.read!(path))
IO.inspect(:file.write_file(String.to_charlist(Path.join(dir, "none")), [300]))
IO.inspect(File.exists?(Path.join(dir, "none")))
try do
  File.write!(path, ["a" | :b])
rescue
  e in File.Error -> IO.puts(Exception.message(e) |> String.replace(dir, "DIR"))
end
File.rm_rf!(dir)
