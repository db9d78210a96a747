# What a write raises or returns when the device refuses it: a device process answering
# {:error, reason} (a POSIX code is explained, any other reason is "unknown error"), a file opened
# to read, characters a latin1 file cannot hold (the file's device then ends, as OTP's does)
c = fn fun ->
  try do
    fun.()
  rescue
    e -> {:raised, e.__struct__, Exception.message(e)}
  catch
    kind, value -> {kind, value}
  end
end

answering = fn reply ->
  spawn(fn ->
    receive do
      {:io_request, from, ref, _} -> send(from, {:io_reply, ref, reply})
    end
  end)
end

for reply <- [{:error, :foo}, {:error, :enospc}, {:error, :eio}, {:error, {:x, 1}}, {:error, :no_translation}, {:error, "str"}] do
  IO.inspect(c.(fn -> IO.write(answering.(reply), "x") end), label: "IO.write #{inspect(reply)}")
  IO.inspect(c.(fn -> IO.binwrite(answering.(reply), "x") end), label: "IO.binwrite #{inspect(reply)}")
end

path = Path.join(System.tmp_dir!(), "device_write_#{System.unique_integer([:positive])}")
File.write!(path, "")
{:ok, f} = File.open(path, [:write])
IO.inspect(c.(fn -> IO.write(f, "é€") end), label: "IO.write € to latin1")
IO.inspect(Process.alive?(f), label: "alive")
{:ok, f} = File.open(path, [:write])
IO.inspect(:io.request(f, {:put_chars, :unicode, "€"}), label: "request € to latin1")
IO.inspect(Process.alive?(f), label: "alive")
{:ok, f} = File.open(path, [:read])
IO.inspect(c.(fn -> IO.write(f, "a") end), label: "IO.write to a read-only file")
IO.inspect(Process.alive?(f), label: "alive")
{:ok, f} = File.open(path, [:read])
IO.inspect(IO.binwrite(f, "a"), label: "IO.binwrite to a read-only file")
IO.inspect(IO.binwrite(f, "a"), label: "again")
File.rm!(path)
