# R6: :code.delete moves current to old; the module is then not loaded
defmodule Main do
  def run do
    Code.compile_string("defmodule Temp do\n def hi, do: :hi\nend")
    IO.inspect(Temp.hi())
    IO.inspect(:code.is_loaded(Temp), label: "is_loaded")
    IO.inspect(:code.delete(Temp), label: "delete")
    IO.inspect(:code.is_loaded(Temp), label: "is_loaded after delete")
    IO.inspect(:erlang.module_loaded(Temp), label: "module_loaded")
    IO.inspect(:erlang.check_old_code(Temp), label: "check_old_code")
    r = :code.delete(Temp)
    Process.sleep(1000)
    Logger.flush()
    IO.inspect(r, label: "delete again")
    IO.inspect(function_exported?(Temp, :hi, 0), label: "function_exported?")
    try do
      Temp.hi()
    rescue
      e in UndefinedFunctionError -> IO.puts(Exception.message(e))
    end
    IO.inspect(:code.purge(Temp), label: "purge")
    IO.inspect(:erlang.check_old_code(Temp), label: "old after purge")
    IO.inspect(:code.delete(Temp), label: "delete with nothing")
    IO.inspect(:code.delete(NeverExisted), label: "delete unknown")
    Code.compile_string("defmodule Temp do\n def hi, do: :back\nend")
    IO.inspect(Temp.hi())
  end
end

Main.run()
