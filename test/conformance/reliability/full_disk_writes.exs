# Writes to a full disk (/dev/full answers every write with ENOSPC) give Elixir errors, never a
# crash of the node: File.write and :file.write return {:error, :enospc}, IO.binwrite returns it,
# IO.write raises ArgumentError with the POSIX text, the file's device then ends (later writes
# answer :terminated), and File.cp/copy report :enospc. Everything goes through a symlink to
# /dev/full in a scratch folder, so a copy that replaces its destination cannot harm the device.
dir = Path.join(System.tmp_dir!(), "full_disk_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
File.cd!(dir)
File.ln_s!("/dev/full", "full")
File.write!("src", "abc")

c = fn fun ->
  try do
    fun.()
  rescue
    e -> {:raised, e.__struct__, Exception.message(e)}
  catch
    kind, value -> {kind, value}
  end
end

full = fn modes ->
  {:ok, f} = File.open("full", modes)
  f
end

f = full.([:write])
IO.inspect(c.(fn -> IO.binwrite(f, "xyz") end), label: "binwrite")
IO.inspect(Process.alive?(f), label: "device alive after the failed write")
IO.inspect(:file.write(f, "xyz"), label: ":file.write after")
IO.inspect(c.(fn -> :io.put_chars(f, "xyz") end), label: ":io.put_chars after")
IO.inspect(c.(fn -> IO.write(f, "xyz") end), label: "IO.write after")
IO.inspect(File.close(f), label: "close after")

f = full.([:write])
IO.inspect(c.(fn -> IO.write(f, "xyz") end), label: "IO.write")
f = full.([:write])
IO.inspect(c.(fn -> IO.puts(f, "xyz") end), label: "IO.puts")
f = full.([:write, :utf8])
IO.inspect(c.(fn -> IO.write(f, "héllo") end), label: "utf8 IO.write")
f = full.([:write, :utf8])
IO.inspect(c.(fn -> IO.binwrite(f, "xyz") end), label: "utf8 IO.binwrite")
f = full.([:write])
IO.inspect(:file.write(f, "xyz"), label: ":file.write")
IO.inspect(File.close(f), label: "close")

{:ok, f} = File.open("full", [:write, :raw])
IO.inspect(:file.write(f, "xyz"), label: "raw :file.write")
IO.inspect(File.close(f), label: "raw close")

IO.inspect(File.write("full", "abc"), label: "File.write")
IO.inspect(File.write("full", "abc", [:append]), label: "File.write append")
IO.inspect(c.(fn -> File.write!("full", "abc") end), label: "File.write!")
IO.inspect(File.cp("src", "full"), label: "File.cp")
IO.inspect(c.(fn -> File.cp!("src", "full") end), label: "File.cp!")
IO.inspect(File.copy("src", "full"), label: "File.copy")
IO.inspect(:file.copy("src", "full"), label: ":file.copy")
IO.inspect(File.open("full", [:write], fn f -> IO.binwrite(f, "abc") end), label: "File.open/3")
IO.inspect(File.open("full", [:write], fn f -> IO.binwrite(f, "abc"); IO.binwrite(f, "abc") end), label: "File.open/3 twice")
IO.inspect(c.(fn -> File.open!("full", [:write], fn f -> IO.write(f, "abc") end) end), label: "File.open!/3")
IO.inspect(File.lstat!("full").type, label: "the link is still a link")

File.cd!(System.tmp_dir!())
File.rm_rf!(dir)
