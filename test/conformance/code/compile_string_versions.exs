# Code.compile_string of successive versions of a module; remote calls always reach the newest
defmodule Main do
  def src(v) do
    """
    defmodule Greeter do
      def version, do: #{v}
      def hello(name), do: "v#{v}: hello " <> name
    end
    """
  end

  def run do
    [{mod, bin}] = Code.compile_string(src(1))
    IO.inspect(mod)
    IO.inspect(is_binary(bin) and byte_size(bin) > 0)
    IO.puts(Greeter.hello("ann"))
    for v <- 2..4 do
      [{Greeter, _}] = Code.compile_string(src(v))
      IO.puts(Greeter.hello("v#{v}"))
      IO.inspect(Greeter.version())
    end
    IO.inspect(apply(Greeter, :version, []))
    f = &Greeter.version/0
    Code.compile_string(src(5))
    IO.inspect(f.())
  end
end

Main.run()
