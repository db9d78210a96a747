# A term that is not a module: code.erl's functions have no clause for it (FunctionClauseError),
# the :erlang BIFs raise badarg naming the argument (OTP 25's error_info).
t = fn label, f ->
  r =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("#{label}: #{inspect(r)}")
end

[{CodeArgs, bin}] = Code.compile_string("defmodule CodeArgs, do: def(v, do: 1)")

t.("purge", fn -> :code.purge("CodeArgs") end)
t.("soft_purge", fn -> :code.soft_purge(1) end)
t.("delete", fn -> :code.delete({CodeArgs}) end)
t.("is_loaded", fn -> :code.is_loaded('CodeArgs') end)
t.("which", fn -> :code.which("CodeArgs") end)
t.("load_file", fn -> :code.load_file("CodeArgs") end)
t.("ensure_loaded", fn -> :code.ensure_loaded(1.0) end)
t.("get_object_code", fn -> :code.get_object_code("x") end)
t.("is_sticky", fn -> :code.is_sticky("x") end)
t.("module_status", fn -> :code.module_status("x") end)
t.("module_status list", fn -> :code.module_status([CodeArgs, NoSuchModuleHere]) end)
t.("module_status []", fn -> :code.module_status([]) end)
t.("load_binary module", fn -> :code.load_binary("CodeArgs", 'c.beam', bin) end)
t.("load_binary file name binary", fn -> :code.load_binary(CodeArgs, "c.beam", bin) end)
t.("load_binary not a binary", fn -> :code.load_binary(CodeArgs, 'c.beam', :nope) end)
t.("load_binary", fn -> :code.load_binary(CodeArgs, 'c.beam', bin) end)
t.("check_old_code", fn -> :erlang.check_old_code("CodeArgs") end)
t.("module_loaded", fn -> :erlang.module_loaded("CodeArgs") end)
t.("delete_module", fn -> :erlang.delete_module(1) end)
t.("purge_module", fn -> :erlang.purge_module("x") end)
t.("check_process_code pid", fn -> :erlang.check_process_code(:x, CodeArgs) end)
t.("check_process_code module", fn -> :erlang.check_process_code(self(), "CodeArgs") end)
t.("check_process_code/3 pid", fn -> :erlang.check_process_code(:x, CodeArgs, []) end)
t.("check_process_code", fn -> :erlang.check_process_code(self(), CodeArgs) end)

# the function_clause names code.erl's function and the arguments
try do
  :code.purge("x")
rescue
  e in FunctionClauseError -> IO.inspect({e.module, e.function, e.arity, hd(__STACKTRACE__) |> Tuple.delete_at(3)})
end
