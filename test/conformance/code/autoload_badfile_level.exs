# A bad object file on the code path: the loader's reports are Logger errors, so Logger's level
# silences them (as on OTP 25), and every ensure_loaded flavour answers :badfile, not :nofile.
Logger.configure(level: :none)
dir = Path.join(System.tmp_dir!(), "autoload_badfile_#{System.pid()}")
File.mkdir_p!(dir)
true = :code.add_patha(String.to_charlist(dir))
file = Path.join(dir, "Elixir.BadObj" <> List.to_string(:code.objfile_extension()))
File.write!(file, "garbage")

IO.inspect(:code.load_file(BadObj), label: "load_file")
IO.inspect(:code.ensure_loaded(BadObj), label: ":code.ensure_loaded")
IO.inspect(Code.ensure_loaded(BadObj), label: "Code.ensure_loaded")
IO.inspect(Code.ensure_loaded?(BadObj), label: "Code.ensure_loaded?")
IO.inspect(Code.ensure_compiled(BadObj), label: "Code.ensure_compiled")

for f <- [&Code.ensure_loaded!/1, &Code.ensure_compiled!/1] do
  try do
    f.(BadObj)
  rescue
    e -> IO.inspect(e, label: "raised")
  end
end

# an autoloading call: undef, silently
try do
  apply(BadObj, :v, [])
rescue
  e -> IO.inspect(e, label: "call")
end

IO.inspect(:code.is_loaded(BadObj), label: "is_loaded")
IO.inspect(:code.ensure_loaded(NoSuchModuleAnywhere), label: "missing")

# a good file in its place loads
[{BadObj, good}] = Code.compile_string("defmodule BadObj, do: def(v, do: :good)")
:code.purge(BadObj)
:code.delete(BadObj)
:code.purge(BadObj)
File.write!(file, good)
IO.inspect(Code.ensure_loaded(BadObj), label: "good file")
IO.inspect(BadObj.v(), label: "call")
File.rm_rf!(dir)
IO.puts("done")
