# :erlang.check_process_code/3's options: {:allow_gc, boolean} and {:async, id} (the answer comes as
# {:check_process_code, id, result}, the last :async wins); anything else is badarg
t = fn label, f ->
  r = try do {:ok, f.()} rescue e -> {:raised, e.__struct__, Exception.message(e)} end
  IO.puts("#{label}: #{inspect(r)}")
end
t.("allow_gc bad", fn -> :erlang.check_process_code(self(), M1, [{:allow_gc, :x}]) end)
t.("not list", fn -> :erlang.check_process_code(self(), M1, :x) end)
t.("improper", fn -> :erlang.check_process_code(self(), M1, [{:allow_gc, true} | :x]) end)
t.("both", fn -> :erlang.check_process_code(self(), M1, [{:allow_gc, true}, {:async, 1}, {:async, 2}]) end)
IO.inspect(:erlang.process_info(self(), :messages))
t.("async dead", fn -> :erlang.check_process_code(spawn(fn -> :ok end), M1, [{:async, :r}]) end)
Process.sleep(50)
t.("async dead pid", fn -> :erlang.check_process_code(:c.pid(0, 9999, 0), M1, [{:async, :r2}]) end)
Process.sleep(50)
IO.inspect(:erlang.process_info(self(), :messages))
t.("bad pid async", fn -> :erlang.check_process_code(:x, M1, [{:async, 1}]) end)
t.("bad mod async", fn -> :erlang.check_process_code(self(), "M", [{:async, 1}]) end)
Code.compile_string("defmodule CpcOld do\n def loop, do: (receive do :stop -> :ok end)\nend")
p = spawn(&CpcOld.loop/0)
Code.compile_string("defmodule CpcOld do\n def loop, do: :new\nend")
t.("old code", fn -> :erlang.check_process_code(p, CpcOld, [{:allow_gc, false}]) end)
t.("old code async", fn -> :erlang.check_process_code(p, CpcOld, [{:async, make_ref()}]) end)
receive do
  {:check_process_code, ref, r} when is_reference(ref) -> IO.inspect(r, label: "async answer")
end
send(p, :stop)
