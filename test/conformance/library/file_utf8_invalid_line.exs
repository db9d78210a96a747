# A line that is not UTF-8, read from a :utf8 device, is {:error, {:no_translation, :unicode, e}}
# (e the encoding asked for: IO.read's :unicode, IO.binread's :latin1; IO.read(:eof) reads lines
# too) and ends the device, as OTP 25's file_io_server; a count of characters meeting such bytes
# is {:error, :invalid_unicode}. IO.stream raises IO.StreamError, whose message asks
# :file.format_error/1 for the reason's text: for {line, module, reason} it asks
# module.format_error(reason), here :unicode's, which OTP 25 does not have.
dir = Path.join(System.tmp_dir!(), "file_utf8_invalid_line_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
p = Path.join(dir, "inv.txt")
File.write!(p, <<"ab", 0xFF, "cd\nok\n">>)
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.read(f, :line), IO.read(f, :line)}) end)
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.binread(f, :line), IO.read(f, :line)}) end)
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.read(f, :eof), IO.read(f, :line)}) end)
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.read(f, 3), IO.read(f, :line)}) end)
File.write!(p, <<"ok\n", "ab", 0xFF, "cd\nok\n">>)
File.open!(p, [:read, :utf8], fn f -> IO.inspect({IO.read(f, :line), IO.read(f, :line), IO.read(f, :line)}) end)
File.write!(p, <<0xEF, 0xBB>>)
File.open!(p, [:read, :utf8], fn f -> IO.inspect(IO.read(f, :line)) end)
IO.inspect(:file.format_error({1, :file, :terminated}))
File.write!(p, <<"ab", 0xFF, "cd\nok\n">>)
{:ok, f} = File.open(p, [:read, :utf8])
File.rm_rf!(dir)
IO.stream(f, :line) |> Enum.take(1)
