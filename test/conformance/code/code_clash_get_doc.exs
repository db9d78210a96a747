# :code.clash/0 prints the object files of the code path that hide another of the same name
# further on, then their count, and returns :ok; :code.get_doc/1 of a module compiled in memory,
# of no module; :code.compiler_dir/0 is lib_dir(:compiler)
dir = Path.join(System.tmp_dir!(), "clash_#{System.unique_integer([:positive])}")
IO.inspect(:code.clash())

[{m, bin}] = Code.compile_string("defmodule ClashMe do\n  def hi, do: :hi\nend")
ext = :code.objfile_extension()

for sub <- ~w(first second) do
  File.mkdir_p!(Path.join(dir, sub))
  File.write!(Path.join([dir, sub, "#{m}#{ext}"]), bin)
end

File.write!(Path.join([dir, "second", "Elixir.OnlyHere#{ext}"]), bin)
:code.add_pathz(String.to_charlist(Path.join(dir, "second")))
:code.add_patha(String.to_charlist(Path.join(dir, "first")))
IO.inspect(:code.clash())

defmodule Documented do
  @moduledoc "Docs"
  def f, do: 1
end

IO.inspect(:code.get_doc(Documented))
IO.inspect(:code.get_doc(NoSuchModuleAnywhere))
IO.inspect(:code.compiler_dir() == :code.lib_dir(:compiler))
File.rm_rf!(dir)
