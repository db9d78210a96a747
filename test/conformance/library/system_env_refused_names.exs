# System's environment functions hand names and values to :os as charlists: System.put_env/1
# refuses a name with "=" itself (an ArgumentError in its walking fun, over Enum.each's frames for
# a map or a list, after setting the entries before it), a NUL byte or an "=" that reaches :os is
# its badarg with OTP 25's words (erl_kernel_errors), and a name that is not a binary fails in
# System's own clauses. The last call is not rescued: the exit report shows its frames.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
      IO.inspect(Enum.take(__STACKTRACE__, 4), label: "  frames")
  end
end

show.("put_env/1 map", fn -> System.put_env(%{"SER_B1" => "1", "A=C" => "1", "SER_C1" => "2"}) end)
IO.inspect({System.get_env("SER_B1"), System.get_env("SER_C1")}, label: "after map")
show.("put_env/1 list", fn -> System.put_env([{"SER_B2", "1"}, {"A=C", "1"}, {"SER_C2", "2"}]) end)
IO.inspect({System.get_env("SER_B2"), System.get_env("SER_C2")}, label: "after list")
show.("put_env/1 atom and integer", fn -> System.put_env(%{SER_D: 1}); System.get_env("SER_D") end)
show.("put_env/1 not a pair", fn -> System.put_env([:x]) end)
show.("put_env/1 NUL name", fn -> System.put_env(%{"SER\0E" => "1"}) end)
show.("put_env/1 NUL value", fn -> System.put_env([{"SER_E", "1\0"}]) end)
show.("put_env/2 =", fn -> System.put_env("A=C", "1") end)
show.("put_env/2 NUL", fn -> System.put_env("SER\0F", "1") end)
show.("put_env/2 atom", fn -> System.put_env(:a, "b") end)
show.("get_env =", fn -> System.get_env("A=C") end)
show.("get_env NUL", fn -> System.get_env("SER\0G") end)
show.("get_env atom", fn -> System.get_env(:a) end)
show.("get_env/2 bad default", fn -> System.get_env("SER_G", 1) end)
show.("fetch_env =", fn -> System.fetch_env("A=C") end)
show.("fetch_env atom", fn -> System.fetch_env(:a) end)
show.("fetch_env! =", fn -> System.fetch_env!("A=C") end)
show.("fetch_env! atom", fn -> System.fetch_env!(:a) end)
show.("delete_env =", fn -> System.delete_env("A=C") end)
show.("delete_env atom", fn -> System.delete_env(:a) end)
show.(":os.getenv =", fn -> :os.getenv('A=C') end)
show.(":os.putenv NUL", fn -> :os.putenv('SER_H', [?a, 0]) end)
System.put_env(%{"X=Y" => "1"})
