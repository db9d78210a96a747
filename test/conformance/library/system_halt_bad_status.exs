# System.halt/1 and System.stop/1 take what their clauses take (a FunctionClauseError otherwise);
# :erlang.halt/1,2 refuse a status that is not a non-negative integer, :abort or a charlist with
# OTP 25's "invalid status" (and halt/2 options that are not a list)
defmodule Main do
  def show(label, f) do
    try do
      f.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(blamed)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("System.halt(:a)", fn -> System.halt(:a) end)
    show("System.halt([])", fn -> System.halt([]) end)
    show("System.halt(-1)", fn -> System.halt(-1) end)
    show("System.halt(1.0)", fn -> System.halt(1.0) end)
    show("System.stop(:a)", fn -> System.stop(:a) end)
    show("System.stop(:abort)", fn -> System.stop(:abort) end)
    show(":erlang.halt(:a)", fn -> :erlang.halt(:a) end)
    show(":erlang.halt(-1)", fn -> :erlang.halt(-1) end)
    show(":erlang.halt(0, :a)", fn -> :erlang.halt(0, :a) end)
    IO.puts("halting with 3")
    System.halt(3)
  end
end

Main.run()
