# The path and source arguments of Code's file functions and :code's directory functions:
# Code.require_file/compile_file/load_file/eval_file take a binary (another term is their
# function_clause, /1 reported as /2 with relative_to nil); compile_string/eval_string take a
# charlist as well; :code.stick_dir/1 answers :error for a list that is no directory or no
# charlist (a float, a code point too large) instead of failing
t = fn label, f ->
  r =
    try do
      f.()
    rescue
      e -> {:raised, e.__struct__, Exception.message(e), hd(__STACKTRACE__)}
    catch
      k, v -> {k, v}
    end

  IO.inspect(r, label: label)
end

t.("require_file atom", fn -> Code.require_file(:nodir) end)
t.("require_file charlist", fn -> Code.require_file('nodir', "/tmp") end)
t.("compile_file int", fn -> Code.compile_file(42) end)
t.("load_file tuple", fn -> Code.load_file({:x}) end)
t.("eval_file list", fn -> Code.eval_file(['a', "b"]) end)
t.("compile_string charlist", fn -> Code.compile_string('1 + 2') end)
t.("eval_string charlist", fn -> Code.eval_string('1 + 2') end)
t.("stick_dir float", fn -> :code.stick_dir([1.5]) end)
t.("stick_dir too large", fn -> :code.stick_dir([0x110000]) end)
t.("stick_dir missing", fn -> :code.stick_dir('nodir') end)
