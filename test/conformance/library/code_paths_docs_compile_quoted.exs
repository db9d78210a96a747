# Code.append_path/1, prepend_path/1 and delete_path/1 over Path.expand of the directory; the
# deprecated Code.get_docs/2 (always nil); Code.eval_file/2 relative to a directory;
# Code.compile_quoted/1,2 (the modules the quoted code defines).
dir = Path.join(System.tmp_dir!(), "code_paths_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
IO.inspect(Code.append_path(dir))
IO.inspect(Enum.count(:code.get_path(), &(&1 == String.to_charlist(dir))))
IO.inspect(List.last(:code.get_path()) == String.to_charlist(dir))
IO.inspect(Code.prepend_path(dir))
IO.inspect(hd(:code.get_path()) == String.to_charlist(dir))
IO.inspect(Code.append_path(Path.join(dir, "nonexistent")))
IO.inspect(Code.delete_path(dir))
IO.inspect(Code.delete_path(dir))
IO.inspect(Code.delete_path(Path.join(dir, "nonexistent")))
File.cd!(dir, fn ->
  File.mkdir_p!("sub")
  IO.inspect(Code.append_path("sub/../sub"))
  IO.inspect(List.last(:code.get_path()) == String.to_charlist(Path.join(dir, "sub")))
  IO.inspect(Code.delete_path("./sub"))
end)

IO.inspect(Code.get_docs(Enum, :docs))
IO.inspect(Code.get_docs(NoSuchModule, :moduledoc))

File.write!(Path.join(dir, "ev.exs"), "x = 1 + 2\n{x, Path.basename(__ENV__.file)}")
IO.inspect(Code.eval_file("ev.exs", dir))
IO.inspect(Code.eval_file(Path.join(dir, "ev.exs"), "/elsewhere"))

mods = Code.compile_quoted(quote(do: (defmodule CompiledQuoted do
  def f, do: 1
end)))
IO.inspect(Enum.map(mods, fn {m, b} -> {m, is_binary(b)} end))
IO.inspect(CompiledQuoted.f())
IO.inspect(Code.compile_quoted(quote(do: 1 + 1), "x.ex"))
File.rm_rf!(dir)
