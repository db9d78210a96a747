# The code server's reports are Logger errors: Logger.configure(level: ...) governs them (:none and
# any level above :error silence them). They are asynchronous on the BEAM, so each result is
# printed only after a pause and Logger.flush/0 (which waits for what was logged).
defmodule Main do
  def settle do
    Process.sleep(1000)
    Logger.flush()
  end

  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_conf_lvl_#{System.unique_integer([:positive])}_#{System.monotonic_time()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    file = Path.join(dir, "Elixir.LevelDemo" <> to_string(:code.objfile_extension()))
    Code.put_compiler_option(:ignore_module_conflict, true)
    [{_, b1}] = Code.compile_string("defmodule LevelDemo do\n def v, do: 1\nend")
    [{_, _b2}] = Code.compile_string("defmodule LevelDemo do\n def v, do: 2\nend")
    File.write!(file, b1)
    :code.add_patha(to_charlist(dir))
    # LevelDemo now has a current and an old version: delete and load_file both refuse and report
    for level <- [:none, :critical, :error, :all] do
      Logger.configure(level: level)
      IO.puts("level #{inspect(level)} (Logger.level() = #{inspect(Logger.level())})")
      r = :code.delete(LevelDemo)
      settle()
      IO.inspect(r, label: "  delete")
      r = :code.load_file(LevelDemo)
      settle()
      IO.inspect(r, label: "  load_file")
    end
    require Logger
    Logger.configure(level: :warning)
    Logger.info("not shown")
    Logger.warning("shown")
    settle()
    File.rm_rf!(dir)
    IO.puts("done")
  end
end

Main.run()
