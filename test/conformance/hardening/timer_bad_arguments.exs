# Timer BIFs with wrong arguments: each names the wrong arguments as OTP 25 does, and the
# options of Process.send_after/4, cancel_timer/2 and read_timer/2 are honoured and checked.
try_it = fn label, f ->
  try do
    r = f.()
    IO.puts("#{label}: ok #{inspect(if is_reference(r), do: :ref, else: r)}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

flush = fn ->
  receive do
    {tag, _ref, left} -> IO.puts("message #{inspect(tag)} #{inspect(is_integer(left) or left)}")
  after
    50 -> IO.puts("no message")
  end
end

me = self()
try_it.("negative", fn -> Process.send_after(me, :x, -1) end)
try_it.("float", fn -> Process.send_after(me, :x, 1.5) end)
try_it.("atom time", fn -> Process.send_after(me, :x, :soon) end)
try_it.("beyond 2^32", fn -> Process.send_after(me, :x, 4_294_967_296) end)
try_it.("end of time", fn -> Process.send_after(me, :x, 2 ** 70) end)
try_it.("end of time, bad dest", fn -> :erlang.send_after(2 ** 70, 1, :x) end)
try_it.("a year", fn -> Process.send_after(me, :x, 365 * 24 * 3600 * 1000) end)
try_it.("abs end of time via monotonic", fn ->
  Process.send_after(me, :x, System.monotonic_time(:millisecond) + 2 ** 63, abs: true)
end)
try_it.("end of time, bad option", fn -> :erlang.send_after(2 ** 70, me, :x, [:bad]) end)
try_it.("abs end of time", fn -> :erlang.start_timer(2 ** 70, me, :x, abs: true) end)
try_it.("abs in the past", fn -> Process.send_after(me, :x, -5, abs: true) end)
try_it.("integer dest", fn -> Process.send_after(1, :x, 10) end)
try_it.("tuple dest", fn -> Process.send_after({:a, :b}, :x, 10) end)
try_it.("unregistered name", fn -> Process.send_after(:nobody_here, :x, 10) end)
try_it.("bad option", fn -> Process.send_after(me, :x, 10, [:bad]) end)
try_it.("abs not boolean", fn -> Process.send_after(me, :x, 10, abs: 1) end)
try_it.("options not a list", fn -> Process.send_after(me, :x, 10, :notlist) end)
try_it.("improper options", fn -> :erlang.send_after(1, me, :x, [{:abs, true} | :x]) end)
try_it.("start_timer negative", fn -> :erlang.start_timer(-1, me, :x) end)
try_it.("start_timer bad dest", fn -> :erlang.start_timer(1, 1, :x) end)

try_it.("cancel not a ref", fn -> Process.cancel_timer(:a) end)
try_it.("read not a ref", fn -> Process.read_timer(1) end)
try_it.("cancel bad option", fn -> Process.cancel_timer(make_ref(), [:bad]) end)
try_it.("cancel async not boolean", fn -> Process.cancel_timer(make_ref(), async: 1) end)
try_it.("cancel options not a list", fn -> Process.cancel_timer(make_ref(), :x) end)
try_it.("cancel improper", fn -> :erlang.cancel_timer(make_ref(), [{:async, true} | 1]) end)
try_it.("cancel bad ref, bad option", fn -> :erlang.cancel_timer(1, [:x]) end)
try_it.("cancel bad ref, not a list", fn -> :erlang.cancel_timer(1, 2) end)
try_it.("read bad option", fn -> :erlang.read_timer(make_ref(), [:x]) end)
try_it.("read info option", fn -> :erlang.read_timer(make_ref(), info: true) end)
try_it.("read improper", fn -> :erlang.read_timer(make_ref(), [{:async, false} | 2]) end)
try_it.("read bad ref, not a list", fn -> :erlang.read_timer(2, 2) end)

t = Process.send_after(me, :x, 100_000)
try_it.("cancel info false", fn -> Process.cancel_timer(t, info: false) end)
try_it.("cancel again", fn -> Process.cancel_timer(t) end)
t = Process.send_after(me, :x, 100_000)
try_it.("cancel async", fn -> Process.cancel_timer(t, async: true) end)
flush.()
t = Process.send_after(me, :x, 100_000)
try_it.("cancel async, no info", fn -> Process.cancel_timer(t, async: true, info: false) end)
flush.()
try_it.("cancel async unknown", fn -> Process.cancel_timer(make_ref(), async: true) end)
flush.()
try_it.("later option wins", fn -> :erlang.cancel_timer(make_ref(), info: false, info: true) end)
t = Process.send_after(me, :x, 100_000)
try_it.("read async", fn -> :erlang.read_timer(t, async: true) end)
flush.()
try_it.("read sync", fn -> is_integer(:erlang.read_timer(t, async: false)) end)
