defmodule Main do
  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_conf_objcode_#{System.unique_integer([:positive])}_#{System.monotonic_time()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    [{Obj, bin}] = Code.compile_string("defmodule Obj do\n def x, do: :obj\nend")
    :code.purge(Obj); :code.delete(Obj); :code.purge(Obj)
    File.write!(Path.join(dir, "Elixir.Obj" <> to_string(:code.objfile_extension())), bin)
    :code.add_patha(to_charlist(dir))
    {mod, code, path} = :code.get_object_code(Obj)
    IO.inspect({mod, code == bin, Path.basename(to_string(path)) == "Elixir.Obj" <> to_string(:code.objfile_extension())})
    IO.inspect(:code.get_object_code(NotThere))
    IO.inspect(Code.ensure_compiled(Obj))
    IO.inspect(Code.ensure_compiled(NotThere))
    script = Path.join(dir, "helper.exs")
    File.write!(script, "defmodule Helper do\n def help, do: :helped\nend\nIO.puts(\"helper.exs evaluated\")\n")
    r1 = Code.require_file(script)
    IO.inspect(r1 |> Enum.map(&elem(&1, 0)))
    IO.inspect(Code.require_file(script))
    IO.inspect(Helper.help())
    File.rm_rf!(dir)
  end
end

Main.run()
