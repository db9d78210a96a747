# :code.load_abs, atomic_load, prepare_loading/finish_loading and ensure_modules_loaded: return
# values, the checks' order (duplicates, bad binaries, missing files, @on_load, sticky, not_purged)
Logger.configure(level: :none)

defmodule Main do
  def compile(m, v) do
    [{^m, bin}] = Code.compile_string("defmodule #{inspect(m)} do\n def v, do: #{v}\nend")
    bin
  end

  def run do
    Code.compiler_options(ignore_module_conflict: true)
    ext = :code.objfile_extension()
    dir = Path.join(System.tmp_dir!(), "atomic_load_#{System.unique_integer([:positive])}")
    File.mkdir_p!(dir)
    a1 = compile(LaA, 1)
    b1 = compile(LaB, 1)
    a2 = compile(LaA, 2)
    b2 = compile(LaB, 2)
    File.write!(Path.join(dir, "Elixir.LaA#{ext}"), a1)
    File.write!(Path.join(dir, "Elixir.LaB#{ext}"), b1)
    File.write!(Path.join(dir, "Elixir.Other#{ext}"), a1)
    File.write!(Path.join(dir, "Elixir.Junk#{ext}"), "junk")
    base = String.to_charlist(dir)

    IO.puts("-- load_abs")
    IO.inspect(:code.purge(LaA), label: "purge")
    IO.inspect(:code.load_abs(base ++ '/Elixir.LaA'), label: "load_abs")
    IO.inspect(LaA.v())
    IO.inspect(:code.load_abs(base ++ '/Elixir.LaA'), label: "again")
    IO.inspect(:code.load_abs(base ++ '/Elixir.Missing'), label: "missing")
    IO.inspect(:code.load_abs(base ++ '/Elixir.Other'), label: "other module inside")
    IO.inspect(:code.load_abs(base ++ '/Elixir.Junk'), label: "junk")
    IO.inspect(:code.which(LaA) == base ++ '/Elixir.LaA' ++ ext, label: "which")
    IO.inspect(:code.is_loaded(LaA) == {:file, base ++ '/Elixir.LaA' ++ ext}, label: "is_loaded")
    :code.purge(LaB)
    IO.inspect(:code.load_abs(String.to_atom(dir <> "/Elixir.LaB")), label: "atom path")
    IO.inspect(LaB.v())
    IO.inspect(:code.load_abs('Elixir.Nowhere'), label: "relative")
    for bad <- [1, "binary"] do
      try do
        :code.load_abs(bad)
      rescue
        e -> IO.inspect({e, hd(__STACKTRACE__)})
      end
    end

    IO.puts("-- atomic_load")
    :code.purge(LaA)
    :code.purge(LaB)
    IO.inspect(:code.atomic_load([{LaA, 'a.beam', a2}, {LaB, 'b.beam', b2}]), label: "atomic")
    IO.inspect({LaA.v(), LaB.v()})
    IO.inspect(:code.is_loaded(LaB), label: "is_loaded")
    IO.inspect(:code.atomic_load([{LaA, 'a.beam', a1}]), label: "not purged")
    IO.inspect(:code.atomic_load([{LaB, 'b.beam', b1}, {LaA, 'a.beam', a1}]), label: "both not purged")
    :code.purge(LaA)
    IO.inspect(:code.atomic_load([{LaA, 'a.beam', "bad"}, {LaB, 'b.beam', b1}]), label: "bad binary")
    IO.inspect(:code.atomic_load([{LaA, 'a.beam', b1}]), label: "other module's binary")
    IO.inspect(:code.atomic_load([{LaA, 'a.beam', a1}, {LaA, 'a.beam', a1}]), label: "duplicated")
    IO.inspect(:code.atomic_load([Zz, {Za, 'z', a1}, {Za, 'z', a1}, Zz, Aa]), label: "duplicates, descending")
    IO.inspect(:code.atomic_load([NoSuchMod]), label: "nofile")
    IO.inspect(:code.atomic_load([{LaA, 'a.beam', "bad"}, NoSuchMod]), label: "badfile then nofile")
    IO.inspect(:code.atomic_load([]), label: "empty")
    IO.inspect({LaA.v(), LaB.v()})
    :code.add_patha(base)
    IO.inspect(:code.atomic_load([LaA]), label: "from the path")
    IO.inspect(LaA.v())
    IO.inspect(:code.atomic_load([:lists]), label: "sticky")
    IO.inspect(:code.atomic_load([:lists, LaA, :erlang, LaB]), label: "sticky first, reversed")
    [{OnL, ob}] = Code.compile_string("defmodule OnL do\n @on_load :hi\n def hi, do: :ok\nend")
    :code.purge(OnL)
    IO.inspect(:code.atomic_load([{OnL, 'o', ob}]), label: "on_load")
    for bad <- [[1], [{LaA, "a.beam", a1}], [{LaA, :a, a1}], :x, [LaA | LaB]] do
      try do
        :code.atomic_load(bad)
      rescue
        e -> IO.inspect({e.__struct__, e.function, e.arity, Enum.take(__STACKTRACE__, 3) |> Enum.map(&elem(&1, 1))})
      end
    end

    IO.puts("-- prepare_loading / finish_loading")
    :code.purge(LaA)
    :code.purge(LaB)
    {:ok, prep} = :code.prepare_loading([{LaA, 'a.beam', a2}, LaB])
    {tag, [{LaA, {r1, 'a.beam', :undefined}}, {LaB, {r2, path, :undefined}}]} = prep
    IO.inspect({tag, is_reference(r1), is_reference(r2), path == base ++ '/Elixir.LaB' ++ ext})
    IO.inspect({LaA.v(), LaB.v()}, label: "not yet")
    IO.inspect(:code.finish_loading(prep), label: "finish")
    IO.inspect({LaA.v(), LaB.v()})
    {:ok, prep2} = :code.prepare_loading([{LaA, 'a.beam', a1}])
    IO.inspect(:code.finish_loading(prep2), label: "finish not purged")
    :code.purge(LaA)
    IO.inspect(:code.finish_loading(prep2), label: "finish after purge")
    IO.inspect(LaA.v())
    IO.inspect(:code.prepare_loading([{LaA, 'a.beam', "zz"}, Nope]), label: "prepare errors")
    IO.inspect(:code.prepare_loading([LaA, LaA]), label: "prepare duplicated")
    IO.inspect(:code.prepare_loading([]), label: "prepare empty")
    {:ok, sticky} = :code.prepare_loading([:lists])
    IO.inspect(:code.finish_loading(sticky), label: "finish sticky")
    for bad <- [{:x}, {:"$prepared$", [{LaA, {make_ref(), 'x', :undefined}}]}, :x] do
      try do
        :code.finish_loading(bad)
      rescue
        e -> IO.inspect({e.__struct__, e.function, e.arity, hd(__STACKTRACE__) |> elem(3)})
      end
    end

    IO.puts("-- ensure_modules_loaded")
    IO.inspect(:code.ensure_modules_loaded([Nope, Nope, Enum, LaA]))
    IO.inspect(:code.ensure_modules_loaded([Enum]))
    IO.inspect(:code.ensure_modules_loaded([]))
    :code.del_path(base)
    File.rm_rf!(dir)
  end
end

Main.run()
