# A build script compiling a small library's files with Kernel.ParallelCompiler: a file that needs
# a struct or macro from a later file waits for it, warnings come back as {file, line, message}
dir = Path.join(System.tmp_dir!(), "beamlet_conf_parallel_compiler_files")
File.rm_rf!(dir)
File.mkdir_p!(Path.join(dir, "ebin"))

files = %{
  "report.ex" => """
  defmodule Lib.Report do
    require Lib.Macros
    @empty %Lib.Item{}
    def empty, do: @empty
    def line(%Lib.Item{name: n, qty: q}), do: Lib.Macros.pad(n) <> Integer.to_string(q)
  end
  """,
  "item.ex" => """
  defmodule Lib.Item do
    defstruct name: "?", qty: 0
    defmodule Price, do: def(of(_item), do: 100)
    def total(items, unused), do: Enum.sum(for i <- items, do: i.qty)
  end
  """,
  "macros.ex" => """
  defmodule Lib.Macros do
    defmacro pad(s), do: quote(do: String.pad_trailing(unquote(s), 8))
  end
  IO.puts("macros.ex ran")
  """,
  "broken.ex" => """
  defmodule Lib.Broken do
    def f, do: missing_fun(1)
  end
  """,
  "crash.ex" => """
  defmodule Lib.Crash do
    def div0(x), do: x / 0
  end
  Lib.Crash.div0(1)
  :ok
  """
}

for {name, src} <- files, do: File.write!(Path.join(dir, name), src)
path = &Path.join(dir, &1)
show = fn {file, line, message} -> {Path.basename(file), line, IO.iodata_to_binary(message)} end

{:ok, mods, warnings} =
  Kernel.ParallelCompiler.compile(Enum.map(["report.ex", "item.ex", "macros.ex"], path),
    each_file: fn file -> send(self(), {:compiled, Path.basename(file)}) end)

compiled = for _ <- 1..3, do: receive(do: ({:compiled, name} -> name))
IO.inspect(Enum.sort(compiled), label: "each_file")

IO.inspect(mods, label: "modules")
IO.inspect(Enum.map(warnings, show), label: "warnings")
IO.puts(Lib.Report.line(struct(Lib.Item, name: "bolt", qty: 12)))
IO.inspect(Lib.Report.empty())
IO.inspect(Lib.Item.Price.of(nil))

IO.inspect(Code.compile_file(path.("item.ex")) |> Enum.map(&elem(&1, 0)), label: "compile_file")

{:error, errors, []} = Kernel.ParallelCompiler.compile([path.("broken.ex")])
IO.inspect(Enum.map(errors, show), label: "errors")

{:error, errors, _} = Kernel.ParallelCompiler.compile([path.("crash.ex")])
IO.inspect(Enum.map(errors, fn {f, l, _} -> {Path.basename(f), l} end), label: "crash")

{:ok, mods, warnings} = Kernel.ParallelCompiler.compile_to_path([path.("macros.ex")], path.("ebin"))
IO.inspect({mods, length(warnings)}, label: "to_path")
IO.inspect(File.ls!(path.("ebin")), label: "ebin")
IO.inspect(:code.which(Lib.Macros) == String.to_charlist(path.("ebin/Elixir.Lib.Macros.beam")), label: "which")

IO.inspect(Kernel.ParallelCompiler.require([path.("macros.ex")]) |> elem(1), label: "require")
IO.inspect(Kernel.ParallelCompiler.require([path.("macros.ex")]) |> elem(1), label: "require again")
IO.inspect(Kernel.ParallelCompiler.compile([]), label: "nothing")
File.rm_rf!(dir)
