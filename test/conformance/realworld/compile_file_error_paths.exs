# A build script compiling plugin files: a CompileError's file is the absolute path Code read
# (as __ENV__.file), compile_string's file is kept as given, stack traces show paths relative to the cwd.
dir = Path.join(System.tmp_dir!(), "beamlet_rw_compile_paths")
File.rm_rf!(dir)
File.mkdir_p!(dir)
File.cd!(dir)
File.mkdir_p!("plugins")
File.write!("plugins/syntax.ex", "defmodule Syntax do\n  def f(, do: 1\nend\n")
File.write!("plugins/undefined.ex", "defmodule Undef do\n  def f, do: missing()\nend\n")
File.write!("plugins/ok.ex", "defmodule OkPlugin do\n  def file, do: __ENV__.file\n  def boom, do: raise \"boom\"\nend\n")

show = fn path -> if Path.type(path) == :absolute, do: {:absolute, Path.relative_to(path, dir)}, else: {:as_given, path} end

for f <- ["plugins/syntax.ex", "plugins/undefined.ex"] do
  try do
    Code.compile_file(f)
  rescue
    e -> IO.inspect({e.__struct__, show.(e.file), e.line}); IO.puts(Exception.message(e))
  end
end

try do
  Code.require_file("undefined.ex", "plugins")
rescue
  e -> IO.inspect({e.__struct__, show.(e.file)})
end

[{OkPlugin, _}] = Code.compile_file("plugins/ok.ex")
IO.inspect(show.(OkPlugin.file()))
try do
  OkPlugin.boom()
rescue
  _ -> IO.inspect(hd(__STACKTRACE__))
end

Code.compile_string("defmodule Given do\n  def file, do: {__ENV__.file, __DIR__}\nend\n", "plugins/given.ex")
IO.inspect(Given.file())
Code.compile_string("defmodule AbsGiven do\n  def file, do: __ENV__.file\n  def boom, do: raise \"x\"\nend\n", Path.join(dir, "plugins/abs.ex"))
IO.inspect(show.(AbsGiven.file()))
try do
  AbsGiven.boom()
rescue
  _ -> IO.inspect(hd(__STACKTRACE__))
end

try do
  Code.compile_string("defmodule G2 do\n  def f, do: nope()\nend\n", "plugins/given2.ex")
rescue
  e -> IO.inspect({e.__struct__, show.(e.file)}); IO.puts(Exception.message(e))
end
File.cd!("/")
File.rm_rf!(dir)
