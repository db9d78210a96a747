# File.chown/chgrp (and their ! forms) and File.write_stat/2,3 (mode, owner, group and times,
# with time: :posix checking every time field) as Elixir 1.14 on OTP 25, errors included.
File.write!("file_chown_write_stat.tmp", "data")
%File.Stat{uid: uid, gid: gid} = File.stat!("file_chown_write_stat.tmp")
IO.inspect(File.chown("file_chown_write_stat.tmp", uid))
IO.inspect(File.chgrp("file_chown_write_stat.tmp", gid))
IO.inspect(File.chown!("file_chown_write_stat.tmp", uid))
IO.inspect(File.chgrp!("file_chown_write_stat.tmp", gid))
IO.inspect(File.chown("missing.txt", uid))
IO.inspect(File.chgrp("missing.txt", gid))
IO.inspect(File.chown("file_chown_write_stat.tmp", 0) in [:ok, {:error, :eperm}])
try do
  File.chown!("missing.txt", uid)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  File.chgrp!("missing.txt", gid)
rescue
  e -> IO.puts(Exception.message(e))
end
stat = File.stat!("file_chown_write_stat.tmp")
new = %{stat | mode: 0o100600, mtime: {{2020, 1, 2}, {3, 4, 5}}, atime: {{2021, 6, 7}, {8, 9, 10}}}
IO.inspect(File.write_stat("file_chown_write_stat.tmp", new))
after_ = File.stat!("file_chown_write_stat.tmp")
IO.inspect({Integer.to_string(after_.mode, 8), after_.mtime, after_.atime})
IO.inspect(File.write_stat("file_chown_write_stat.tmp", %{new | mtime: 1_600_000_000, atime: 1_500_000_000}, time: :posix))
p = File.stat!("file_chown_write_stat.tmp", time: :posix)
IO.inspect({p.mtime, p.atime})
IO.inspect(File.write_stat!("file_chown_write_stat.tmp", %{stat | mode: 0o100644}))
IO.inspect(Integer.to_string(File.stat!("file_chown_write_stat.tmp").mode, 8))
IO.inspect(File.write_stat("missing.txt", stat))
try do
  File.write_stat!("missing.txt", stat)
rescue
  e -> IO.puts(Exception.message(e))
end
File.rm!("file_chown_write_stat.tmp")
