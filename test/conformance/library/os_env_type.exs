# :os basics: environment variables as charlists (shared with System.get_env), type, pid, cmd
IO.inspect :os.type()
IO.inspect is_list(:os.getenv('HOME'))
IO.inspect :os.getenv('BEAMLET_NOPE_XYZ')
IO.inspect :os.getenv('BEAMLET_NOPE_XYZ', 'dflt')
IO.inspect :os.putenv('BEAMLET_OS_X', 'v1')
IO.inspect :os.getenv('BEAMLET_OS_X')
IO.inspect System.get_env("BEAMLET_OS_X")
IO.inspect {'BEAMLET_OS_X', 'v1'} in :os.env()
IO.inspect 'BEAMLET_OS_X=v1' in :os.getenv()
System.put_env("BEAMLET_OS_Y", "from elixir")
IO.inspect :os.getenv('BEAMLET_OS_Y')
IO.inspect :os.unsetenv('BEAMLET_OS_X')
IO.inspect :os.getenv('BEAMLET_OS_X')
IO.inspect :os.getpid() == String.to_charlist(System.pid())
IO.inspect :os.system_time(:second) |> is_integer()
{major, minor, release} = :os.version()
IO.inspect Enum.all?([major, minor, release], &is_integer/1)
IO.inspect :os.cmd('echo out; echo err 1>&2')
IO.inspect :os.cmd(:"echo atom")
IO.inspect :os.find_executable('sh') == String.to_charlist(System.find_executable("sh"))
IO.inspect :os.find_executable('beamlet_no_such_program')

for f <- [fn -> :os.getenv(:a) end, fn -> :os.getenv([?a, :b]) end, fn -> :os.putenv('A', 1) end,
          fn -> :os.unsetenv("A") end, fn -> :os.putenv('A=B', 'x') end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

# the missing function is never offered as its own suggestion
try do
  apply(:os, :no_such_fun, [])
rescue
  e -> IO.puts(Exception.message(e))
end

:os.type(:extra)
