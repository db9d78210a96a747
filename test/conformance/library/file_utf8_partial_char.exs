# A :utf8 file ending in a character cut short, read by a count of characters, as OTP 25's
# file_io_server answers: what a request reads from the file is delivered whole, so a partial
# character at its end is {:error, {:no_translation, :unicode, e}} (e the encoding asked for) and
# ends the device; but a buffer holding only a partial character, with nothing more in the file,
# is :eof (and stays :eof). Bytes that cannot start a character stay {:error, :invalid_unicode}.
dir = Path.join(System.tmp_dir!(), "file_utf8_partial_char_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
p = Path.join(dir, "partial.txt")
reads = fn contents, modes, counts ->
  File.write!(p, contents)
  {:ok, f} = File.open(p, [:read, :utf8 | modes])
  IO.inspect(Enum.map(counts, fn
    {:bin, n} -> IO.binread(f, n)
    n -> IO.read(f, n)
  end))
  File.close(f)
end
reads.(<<"ab", 0xC3>>, [], [5, 1])
reads.(<<"ab", 0xC3>>, [], [1, 1, 1, 1])
reads.(<<"ab", 0xC3>>, [], [2, 2, 2])
reads.(<<"ab", 0xC3>>, [], [1, 5, 1])
reads.(<<"ab", 0xC3>>, [], [{:bin, 5}, 1])
reads.(<<"ab", 0xC3>>, [], [{:bin, 2}, {:bin, 1}])
reads.(<<0xC3>>, [], [3, 1])
reads.(<<"é", 0xE2, 0x82>>, [], [1, 1, 1])
reads.(<<"é", 0xE2, 0x82>>, [], [2, 1])
reads.(<<"é", 0xE2, 0x82>>, [:charlist], [1, 1, 2])
reads.(<<"é", 0xE2, 0x82>>, [:charlist], [4])
reads.(<<"a", 0xF0, 0x9F, 0x98>>, [], [1, 1, 0])
reads.(<<"a", 0xE2, 0x28>>, [], [1, 1])
reads.(<<"a", 0xE2, 0x28>>, [], [3, 1])
reads.(<<"a", 0xFF>>, [], [1, 1, 1])
reads.(<<"abc">>, [], [1, 5, 1])
File.rm_rf!(dir)
