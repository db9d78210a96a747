defmodule Main do
  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string("defmodule Api do\n @greeting \"hello\"\n def greet(n), do: \"\#{@greeting} \#{n}\"\n def legacy, do: :old_api\nend")
    IO.puts(Api.greet("v1"))
    IO.inspect(function_exported?(Api, :legacy, 0))
    IO.inspect(function_exported?(Api, :modern, 0))
    Code.compile_string("defmodule Api do\n @greeting \"hi\"\n def greet(n), do: \"\#{@greeting} \#{n}\"\n def modern, do: :new_api\nend")
    IO.puts(Api.greet("v2"))
    IO.inspect(function_exported?(Api, :legacy, 0))
    IO.inspect(function_exported?(Api, :modern, 0))
    IO.inspect(Api.modern())
    try do
      apply(Api, :legacy, [])
    rescue
      e in UndefinedFunctionError -> IO.puts(Exception.message(e))
    end
    IO.inspect(Api.__info__(:functions))
  end
end

Main.run()
