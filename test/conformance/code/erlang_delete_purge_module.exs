# :erlang.delete_module / purge_module: the low-level BIFs under :code.delete / :code.purge
defmodule Main do
  def run do
    Code.compile_string("defmodule Low do\n def x, do: :x\nend")
    IO.inspect(:erlang.delete_module(Low), label: "delete_module")
    IO.inspect(:erlang.module_loaded(Low))
    IO.inspect(:erlang.check_old_code(Low))
    r =
      try do
        :erlang.delete_module(Low)
      rescue
        ArgumentError -> "delete_module with old code: ArgumentError"
      end
    Process.sleep(1000)
    Logger.flush()
    IO.puts(r)
    IO.inspect(:erlang.purge_module(Low), label: "purge_module")
    IO.inspect(:erlang.check_old_code(Low))
    try do
      :erlang.purge_module(Low)
    rescue
      ArgumentError -> IO.puts("purge_module without old code: ArgumentError")
    end
    Code.compile_string("defmodule Low do\n def x, do: :y\nend")
    IO.inspect(Low.x())
  end
end

Main.run()
