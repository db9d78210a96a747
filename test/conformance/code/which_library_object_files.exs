# :code.which/1 of a library module is its application's object file, APP_DIR/ebin/MODULE.beam
# (APP_DIR being :code.lib_dir(app)); is_loaded/1 and all_loaded/0 name the same file. Modules
# the emulator has built in are :preloaded.
check = fn mod, app ->
  _ = mod.module_info(:module)
  path = :code.which(mod)
  file = List.to_string(path)
  IO.inspect(
    {mod, Path.basename(file) == "#{mod}.beam", Path.basename(Path.dirname(file)),
     Path.dirname(Path.dirname(file)) == List.to_string(:code.lib_dir(app)),
     :code.is_loaded(mod) == {:file, path},
     List.keyfind(:code.all_loaded(), mod, 0) == {mod, path}}
  )
end

check.(Enum, :elixir)
check.(String.Chars.Integer, :elixir)
check.(Kernel, :elixir)
check.(Logger, :logger)
check.(ExUnit, :ex_unit)
check.(:lists, :stdlib)
check.(:gen_server, :stdlib)
check.(:ets, :stdlib)
check.(:string, :stdlib)
check.(:unicode, :stdlib)
check.(:file, :kernel)
check.(:os, :kernel)
check.(:application, :kernel)
IO.inspect(:code.which(:erlang))
IO.inspect(:code.is_loaded(:erlang))
IO.inspect(:code.which(:no_such_module_at_all))
defmodule Mine do
  def x, do: 1
end
IO.inspect(:code.which(Mine))
