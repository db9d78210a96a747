# R2/R3: :code.load_file finds "Elixir.M" <> objfile_extension on the code path
defmodule Main do
  def src(v), do: "defmodule Counter do\n def step, do: #{v}\nend"

  # compile every version first, then drop the in-memory module so only files are used
  def compile_all do
    Code.put_compiler_option(:ignore_module_conflict, true)
    bins = for v <- 1..4, into: %{}, do: ({v, [{Counter, bin}] = Code.compile_string(src(v))}; {v, bin})
    :code.purge(Counter)
    :code.delete(Counter)
    :code.purge(Counter)
    bins
  end

  def write_version(dir, bins, v) do
    File.write!(Path.join(dir, "Elixir.Counter" <> to_string(:code.objfile_extension())), bins[v])
  end

  # the code server reports a failed load through Logger: let it print before going on
  def load(m) do
    r = :code.load_file(m)
    Process.sleep(1000)
    Logger.flush()
    r
  end

  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_conf_load_file_#{System.unique_integer([:positive])}_#{System.monotonic_time()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    bins = compile_all()
    IO.inspect(:code.is_loaded(Counter), label: "after cleanup")
    write_version(dir, bins, 1)
    IO.inspect(:code.add_path(to_charlist(dir)), label: "add_path")
    IO.inspect(:code.is_loaded(Counter), label: "loaded before first call")
    IO.inspect(Counter.step(), label: "autoloaded")
    {:file, path} = :code.is_loaded(Counter)
    IO.inspect(Path.basename(to_string(path)) == "Elixir.Counter" <> to_string(:code.objfile_extension()), label: "path is the file")
    IO.inspect(:code.purge(Counter), label: "purge (no old code)")
    write_version(dir, bins, 2)
    IO.inspect(load(Counter), label: "load_file v2")
    IO.inspect(Counter.step())
    write_version(dir, bins, 3)
    IO.inspect(load(Counter), label: "load_file v3 without purge")
    IO.inspect(Counter.step())
    write_version(dir, bins, 4)
    IO.inspect(load(Counter), label: "load_file v4 without purge")
    IO.inspect(Counter.step(), label: "unchanged")
    IO.inspect(:code.purge(Counter), label: "purge")
    IO.inspect(load(Counter), label: "load_file after purge")
    IO.inspect(Counter.step())
    IO.inspect(:code.load_file(NotOnThePath), label: "missing")
    File.rm_rf!(dir)
  end
end

Main.run()
