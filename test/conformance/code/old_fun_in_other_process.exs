# R10: a fun from a purged version raises BadFunctionError in whichever process calls it
defmodule Main do
  def src(v), do: "defmodule FunSrc do\n def make(x), do: fn -> {#{v}, x} end\nend"

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    f = FunSrc.make(:payload)
    parent = self()
    holder = spawn(fn ->
      receive do
        {:call, g} ->
          r = try do
            {:ok, g.()}
          rescue
            e in BadFunctionError -> {:bad_function, is_function(e.term)}
          end
          send(parent, {:result, r})
      end
    end)
    Code.compile_string(src(2))
    IO.inspect(f.(), label: "before purge")
    IO.inspect(:code.purge(FunSrc), label: "purge")
    send(holder, {:call, f})
    receive do: ({:result, r} -> IO.inspect(r, label: "other process"))
    IO.inspect(FunSrc.make(:new).())
    {pid, ref} = spawn_monitor(fn -> f.() end)
    _ = pid
    reason = receive do: ({:DOWN, ^ref, _, _, {{tag, _fun}, _stack}} -> tag)
    Process.sleep(1000)
    Logger.flush()
    IO.inspect(reason, label: "uncaught in process")
  end
end

Main.run()
