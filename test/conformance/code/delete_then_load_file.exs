# R6: after :code.delete, load_file works even though old code exists; the next load is not_purged
defmodule Main do
  def load(m) do
    r = :code.load_file(m)
    Process.sleep(1000)
    Logger.flush()
    r
  end

  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_conf_del_load_#{System.unique_integer([:positive])}_#{System.monotonic_time()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    Code.put_compiler_option(:ignore_module_conflict, true)
    [{Dl, bin}] = Code.compile_string("defmodule Dl do\n def v, do: :file_version\n def wait(p), do: (send(p, :waiting); receive(do: (:x -> :ok)))\nend")
    :code.purge(Dl); :code.delete(Dl); :code.purge(Dl)
    File.write!(Path.join(dir, "Elixir.Dl" <> to_string(:code.objfile_extension())), bin)
    :code.add_path(to_charlist(dir))
    IO.inspect(Dl.v(), label: "autoloaded")
    me = self()
    waiter = spawn(fn -> Dl.wait(me) end)
    receive do: (:waiting -> :ok)
    IO.inspect(:code.delete(Dl), label: "delete")
    IO.inspect(:erlang.check_old_code(Dl), label: "old exists")
    IO.inspect(:erlang.check_process_code(waiter, Dl), label: "waiter on old")
    IO.inspect(load(Dl), label: "load_file")
    IO.inspect(Process.alive?(waiter), label: "waiter alive")
    IO.inspect(load(Dl), label: "load_file again")
    ref = Process.monitor(waiter)
    IO.inspect(:code.purge(Dl), label: "purge")
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "waiter"))
    IO.inspect(load(Dl), label: "load_file after purge")
    File.rm_rf!(dir)
  end
end

Main.run()
