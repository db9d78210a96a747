# .ex files written to a temp dir, compiled with Code.compile_file
defmodule Main do
  def run do
    dir = Path.join(System.tmp_dir!(), "beamlet_conf_compile_file_#{System.unique_integer([:positive])}_#{System.monotonic_time()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    path = Path.join(dir, "calc.ex")
    File.write!(path, """
    defmodule Calc do
      @vsn 1
      def add(a, b), do: a + b
      def version, do: @vsn
    end
    """)
    IO.inspect(File.exists?(path))
    [{mod, bin}] = Code.compile_file(path)
    IO.inspect({mod, is_binary(bin)})
    IO.inspect(Calc.add(2, 3))
    IO.inspect(Calc.module_info(:attributes)[:vsn])
    File.write!(path, """
    defmodule Calc do
      @vsn 2
      def add(a, b), do: {:sum, a + b}
      def version, do: @vsn
      def mul(a, b), do: a * b
    end
    """)
    Code.compile_file(path)
    IO.inspect(Calc.add(2, 3))
    IO.inspect(Calc.mul(4, 5))
    IO.inspect(Calc.version())
    IO.inspect(:erlang.check_old_code(Calc))
    IO.inspect(File.ls!(dir))
    File.write!(Path.join(dir, "two.ex"), "defmodule Two.A do\n def a, do: :a\nend\ndefmodule Two.B do\n def b, do: Two.A.a()\nend\n")
    IO.inspect(Code.compile_file(Path.join(dir, "two.ex")) |> Enum.map(&elem(&1, 0)) |> Enum.sort())
    IO.inspect(Two.B.b())
    File.rm_rf!(dir)
    IO.inspect(File.exists?(dir))
  end
end

Main.run()
