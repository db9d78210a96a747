# R2: a garbage or truncated file gives {:error, :badfile} and leaves loaded code untouched
defmodule Main do
  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_conf_badfile_#{System.unique_integer([:positive])}_#{System.monotonic_time()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    :code.add_path(to_charlist(dir))
    ext = to_string(:code.objfile_extension())
    [{Good, bin}] = Code.compile_string("defmodule Good do\n def ok, do: :still_good\nend")
    File.write!(Path.join(dir, "Elixir.Garbage" <> ext), "this is not bytecode at all")
    File.write!(Path.join(dir, "Elixir.Good" <> ext), binary_part(bin, 0, div(byte_size(bin), 2)))
    File.write!(Path.join(dir, "Elixir.Empty" <> ext), "")
    Logger.configure(level: :none)
    results = for m <- [Garbage, Good, Empty], do: {m, :code.load_file(m)}
    Process.sleep(1000)
    Logger.flush()
    Logger.configure(level: :debug)
    IO.inspect(results)
    IO.inspect(Good.ok())
    IO.inspect(:erlang.check_old_code(Good))
    IO.inspect(:code.is_loaded(Garbage))
    File.rm_rf!(dir)
  end
end

Main.run()
