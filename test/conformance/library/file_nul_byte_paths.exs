# a path holding a NUL byte is refused before the OS is asked: {:error, :badarg} (beamlet gave Node's :err_invalid_arg_value)
p = "a\0b"
IO.inspect File.read(p)
IO.inspect File.write(p, "x")
IO.inspect File.mkdir(p)
IO.inspect File.ls(p)
IO.inspect File.stat(p)
IO.inspect File.cd(p)
IO.inspect File.rm(p)
IO.inspect File.exists?(p)
IO.inspect File.dir?(p)
IO.inspect File.read_link(p)
IO.inspect File.open(p)
IO.inspect File.cp(p, "zz")
IO.inspect File.rename(p, "zz")
IO.inspect :file.read_file('a\0b')
IO.inspect File.touch(p)
IO.inspect File.ln_s("x", p)
IO.inspect File.chmod(p, 0o644)
try do
  File.read!(p)
rescue
  e -> IO.puts Exception.message(e)
end
