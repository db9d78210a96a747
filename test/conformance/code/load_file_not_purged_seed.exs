# The seed's sequence (R3): purge -> false, load_file -> {:module, M}, second load_file -> not_purged
defmodule Main do
  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_conf_seed_#{System.unique_integer([:positive])}_#{System.monotonic_time()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    file = Path.join(dir, "Elixir.Anemone.Counter" <> to_string(:code.objfile_extension()))
    Code.put_compiler_option(:ignore_module_conflict, true)
    bins =
      for v <- [1, 2], into: %{} do
        [{_mod, bin}] = Code.compile_string("defmodule Anemone.Counter do\n def add(c), do: c + #{v}\nend")
        {v, bin}
      end
    :code.purge(Anemone.Counter)
    :code.delete(Anemone.Counter)
    :code.purge(Anemone.Counter)
    compile = fn v -> File.write!(file, bins[v]) end
    compile.(1)
    :code.add_patha(to_charlist(dir))
    IO.inspect(Enum.reduce(1..3, 0, fn _, c -> Anemone.Counter.add(c) end), label: "counting by 1")
    compile.(2)
    IO.inspect(:code.purge(Anemone.Counter), label: ":code.purge(Counter)")
    IO.inspect(:code.load_file(Anemone.Counter), label: ":code.load_file(Counter)")
    IO.inspect(Enum.reduce(1..3, 3, fn _, c -> Anemone.Counter.add(c) end), label: "counting by 2")
    r = :code.load_file(Anemone.Counter)
    Process.sleep(1000)
    Logger.flush()
    IO.inspect(r, label: "second load_file")
    IO.inspect(:erlang.check_old_code(Anemone.Counter))
    File.rm_rf!(dir)
  end
end

Main.run()
