# module_info(:compile) of a module compiled from a script or a string: the compiler's version, the
# options Elixir compiles with, and the source as an absolute path (Path.absname: ".." kept) (nofile for a string without one)
defmodule FromScript do
  def f, do: 1
end

IO.inspect(FromScript.module_info(:compile)[:version])
IO.inspect(FromScript.module_info(:compile)[:options])
IO.inspect(FromScript.module_info(:compile)[:source] == String.to_charlist(__ENV__.file))
IO.inspect(Keyword.keys(FromScript.module_info(:compile)))
IO.inspect(FromScript.__info__(:compile) == FromScript.module_info(:compile))

[{FromString, _}] = Code.compile_string("defmodule FromString do\n def g, do: 2\nend")
IO.inspect(FromString.module_info(:compile)[:source] == String.to_charlist(Path.expand("nofile")))

[{FromFile, _}] = Code.compile_string("defmodule FromFile do\n def h, do: 3\nend", "../somewhere/./file.ex")
IO.inspect(FromFile.module_info(:compile)[:source] == String.to_charlist(Path.join(File.cwd!(), "../somewhere/file.ex")))
