# A file opened with {:encoding, e} for e UTF-16 or UTF-32 (big or little endian) is written and
# read in that encoding (IO.write, IO.binwrite and :io.format on it, IO.read of lines, counts and
# :eof, :file.position counting its bytes, IO.stream and File.stream!); a binary read of a
# character latin1 cannot hold is {:error, {:no_translation, device encoding, :latin1}} (on a
# :utf8 device too) and ends the device, as OTP 25's file_io_server does.
dir = Path.join(System.tmp_dir!(), "file_wide_encodings_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
p = Path.join(dir, "w.txt")

for enc <- [:utf16, {:utf16, :little}, {:utf16, :big}, :utf32, {:utf32, :little}] do
  File.open!(p, [:write, {:encoding, enc}], fn f -> IO.write(f, "aü€\nline2 😀\n"); IO.binwrite(f, "x\xFF"); :io.format(f, "~ts ~p~n", ["é", :ok]) end)
  IO.inspect({enc, File.read!(p)})

  File.open!(p, [:read, {:encoding, enc}], fn f ->
    IO.inspect({IO.read(f, :line), IO.read(f, 3), :file.position(f, :cur), IO.read(f, :line), IO.read(f, :eof), IO.read(f, :line)})
  end)

  File.open!(p, [:read, {:encoding, enc}], fn f -> IO.inspect(IO.stream(f, :line) |> Enum.to_list()) end)
  File.open!(p, [:read, :binary, {:encoding, enc}], fn f -> IO.inspect({IO.binread(f, 4), :file.position(f, 0), IO.read(f, 2)}) end)
  IO.inspect(File.stream!(p, [{:encoding, enc}]) |> Enum.to_list())
  IO.inspect(File.stream!(p, [{:encoding, enc}], 4) |> Enum.to_list())
end

File.write!(p, "a€b")
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.binread(f, 4), IO.binread(f, 1)}) end)
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.binread(f, :line), IO.binread(f, 1)}) end)
File.write!(p, "a\xFFb")
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.binread(f, 2), IO.binread(f, 1)}) end)
File.rm_rf!(dir)
