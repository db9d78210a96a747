# a File.open that fails still used a process (OTP's file_io_server is started before it opens the
# file); a :raw open that fails used none. Each spawn shows the next pid.
next = fn -> inspect(spawn(fn -> :ok end)) end
IO.puts("start #{next.()}")
IO.inspect(File.open("/nonexistent_dir_beamlet/x", [:write]))
IO.puts("after open #{next.()}")
IO.inspect(File.open("/nonexistent_dir_beamlet/x", [:write, :raw]))
IO.puts("after raw open #{next.()}")
IO.inspect(File.open("/nonexistent_dir_beamlet/y"))
IO.puts("after read open #{next.()}")
IO.inspect(:file.open('/nonexistent_dir_beamlet/z', [:read]))
IO.puts("after :file.open #{next.()}")
