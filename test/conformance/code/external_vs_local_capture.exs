# R8/R10: &M.f/0 always calls the current version; &f/0 and fn keep their version
defmodule Main do
  def src(v) do
    """
    defmodule Caps do
      def value, do: #{v}
      def external, do: &Caps.value/0
      def local, do: &value/0
      def anon, do: fn -> value() end
      def anon_remote, do: fn -> Caps.value() end
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    funs = [external: Caps.external(), local: Caps.local(), anon: Caps.anon(), anon_remote: Caps.anon_remote()]
    Code.compile_string(src(2))
    for {k, f} <- funs, do: IO.puts("#{k}: #{f.()}")
    IO.inspect(:code.purge(Caps), label: "purge")
    for {k, f} <- funs do
      try do
        IO.puts("#{k} after purge: #{f.()}")
      rescue
        e in BadFunctionError -> IO.puts("#{k} after purge: #{inspect(e.__struct__)}")
      end
    end
  end
end

Main.run()
