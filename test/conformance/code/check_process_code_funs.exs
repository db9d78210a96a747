# R7/R10: holding a fun made by old code does not count as running old code,
# but calling it after the purge raises BadFunctionError
defmodule Main do
  def src(v) do
    """
    defmodule Maker do
      def make, do: fn -> {:made_by, #{v}} end
      def capture, do: &local/0
      defp local, do: {:local, #{v}}
    end
    """
  end

  def run do
    Code.compile_string(src(1))
    f1 = Maker.make()
    c1 = Maker.capture()
    holder = spawn(fn -> receive do: (:never -> f1) end)
    Code.compile_string(src(2))
    IO.inspect(f1.(), label: "old fun runs old code")
    IO.inspect(c1.(), label: "old local capture")
    IO.inspect(Maker.make().(), label: "new fun")
    IO.inspect(:erlang.check_process_code(holder, Maker), label: "holder runs old code?")
    IO.inspect(:erlang.check_process_code(self(), Maker), label: "self runs old code?")
    IO.inspect(:code.purge(Maker), label: "purge")
    IO.inspect(Process.alive?(holder), label: "holder alive")
    try do
      f1.()
    rescue
      e in BadFunctionError -> IO.puts("BadFunctionError: " <> Exception.message(e))
    end
    try do
      c1.()
    rescue
      e -> IO.inspect(e.__struct__)
    end
    IO.inspect(is_function(f1), label: "still a function term")
    IO.inspect(Maker.make().(), label: "new still works")
  end
end

Main.run()
