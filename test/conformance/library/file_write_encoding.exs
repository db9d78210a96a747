# File.write/3 and :file.write_file/3 open the file through a file_io_server, which encodes the
# bytes it is given as latin1 characters when the file has an {:encoding, e} (File.write's :utf8
# is {:encoding, :utf8}): "ü" is written as four bytes. A :raw file, a bare :utf8 atom given to
# :file.write_file/3 and :latin1 write the bytes as they are; an unknown encoding is :badarg.
dir = Path.join(System.tmp_dir!(), "file_write_encoding_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
path = Path.join(dir, "e.txt")

for enc <- [:utf8, :unicode, :utf16, {:utf16, :little}, {:utf16, :big}, :utf32, {:utf32, :little}, :latin1, :bogus] do
  r = File.write(path, ["aü", 255], [{:encoding, enc}])
  IO.inspect({enc, r, File.read(path)})
end

File.write!(path, "ü", [:utf8])
IO.inspect(File.read!(path))
File.write!(path, ["ü", 252], [:append, :utf8])
IO.inspect(File.read!(path))
IO.inspect(File.write(path, "ü", [:utf8, :append, :raw]))
IO.inspect(File.read!(path))
IO.inspect(:file.write_file(path, "ü", [{:encoding, :utf8}]))
IO.inspect(File.read!(path))
IO.inspect(:file.write_file(path, "ü", [:utf8]))
IO.inspect(File.read!(path))
IO.inspect(:file.write_file(path, "ü", [:raw, {:encoding, :utf8}]))
IO.inspect(File.read!(path))
IO.inspect(File.write(path, [300], [:utf8]))
IO.inspect(File.write(path, "ü", [:exclusive, :utf8]))

# what File.open with :utf8 reads back of such a file
{:ok, f} = File.open(path, [:read, :utf8])
IO.inspect(IO.read(f, :eof))
File.close(f)
File.rm_rf!(dir)
