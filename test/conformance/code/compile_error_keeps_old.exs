# A failed compile leaves the loaded version untouched
defmodule Main do
  def run do
    Code.compile_string("defmodule Stable do\n def v, do: 1\nend")
    try do
      Code.compile_string("defmodule Stable do\n def v, do: \nend")
    rescue
      e -> IO.inspect(e.__struct__, label: "syntax")
    end
    IO.inspect(Stable.v())
    try do
      Code.compile_string("defmodule Stable do\n def v, do: undefined_thing\nend")
    rescue
      e -> IO.inspect(e.__struct__, label: "compile")
    end
    IO.inspect(Stable.v())
    IO.inspect(:erlang.check_old_code(Stable))
    try do
      Code.compile_string("defmodule Broken do\n def f(, do: 1\nend")
    rescue
      e -> IO.inspect(e.__struct__, label: "new module")
    end
    IO.inspect(:code.is_loaded(Broken))
  end
end

Main.run()
