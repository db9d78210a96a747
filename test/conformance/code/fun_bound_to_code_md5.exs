# R10b: a fun is bound to its code (the module's md5), not to the load that made it. After its
# version is purged it raises BadFunctionError only while no loaded version has that code; loading
# identical code again (the same binary, or the same source compiled again) makes it run again.
# R6: :code.delete of a known module with neither version returns true.
defmodule Main do
  def src(v) do
    """
    defmodule Fb do
      def make, do: fn -> {:made_by, #{v}} end
      def capture, do: &local/1
      defp local(x), do: {:local, #{v}, x}
    end
    """
  end

  def call(label, f, args \\ []) do
    IO.inspect(apply(f, args), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e) =~ "is not a function"}")
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    [{Fb, b1}] = Code.compile_string(src(1))
    f = Fb.make()
    c = Fb.capture()
    [{Fb, b2}] = Code.compile_string(src(2))
    call("v1 fun, v1 old", f)
    IO.inspect(:code.purge(Fb), label: "purge v1")
    call("v1 fun, v1 purged", f)
    call("v1 capture, v1 purged", c, [:x])
    # v1's binary again: it becomes current, v2 old
    IO.inspect(:code.load_binary(Fb, 'nofile', b1), label: "load v1 binary again")
    call("v1 fun, v1 current again", f)
    call("v1 capture, v1 current again", c, [:y])
    IO.inspect(Fb.make().(), label: "new fun")
    # v2 current, v1 old: still runs
    IO.inspect(:code.load_binary(Fb, 'nofile', b2), label: "load v2 binary")
    call("v1 fun, v1 old (reloaded)", f)
    # v2 current only: v1's code is gone
    IO.inspect(:code.purge(Fb), label: "purge")
    call("v1 fun, only v2 loaded", f)
    # the same source compiled again is the same code
    Code.compile_string(src(1))
    call("v1 fun, v1 compiled again", f)
    g = Fb.make()
    # g made by v1; reload identical v1 (the first copy becomes old) and purge it: g still works
    Code.compile_string(src(1))
    IO.inspect(:code.purge(Fb), label: "purge the first copy")
    call("g after its copy was purged", g)
    # a fun made by v2 while v2 is gone
    Code.compile_string(src(2))
    h = Fb.make()
    Code.compile_string(src(3))
    Code.compile_string(src(4))
    call("v2 fun, v2 purged", h)
    call("v1 fun, v1 purged", f)
    # R6: delete, purge, then delete again (known module, neither version)
    r = :code.delete(Fb)
    # the report that comes with false is asynchronous: let it out before printing more
    Process.sleep(1000)
    Logger.flush()
    IO.inspect(r, label: "delete (old exists)")
    IO.inspect(:code.purge(Fb), label: "purge")
    IO.inspect(:code.delete(Fb), label: "delete current")
    IO.inspect(:code.purge(Fb), label: "purge")
    IO.inspect(:code.delete(Fb), label: "delete with neither version")
    IO.inspect(:code.delete(NeverKnown), label: "delete of an unknown module")
    IO.inspect(:code.is_loaded(Fb), label: "is_loaded")
    # not loaded at all: the BEAM tries to load Fb for the fun, fails, and raises undef
    try do
      f.()
    rescue
      e -> IO.inspect({e.__struct__, Exception.message(e)}, label: "v1 fun, nothing loaded")
    end
    IO.puts("done")
  end
end

Main.run()
