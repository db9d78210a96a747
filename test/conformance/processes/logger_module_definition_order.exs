# Defining a module in a script compiles it there and then: the script waits, and a Logger line
# sent before comes out first. So does the first Code.eval_string (it loads List.Chars).
require Logger
Logger.info("before defmodule")

defmodule Defined do
  def f, do: 1
end

IO.puts("after defmodule #{Defined.f()}")
Logger.info("before a plain puts")
IO.puts("plain")
Logger.info("before a struct module")

defmodule Point do
  defstruct x: 0, y: 0
end

IO.puts("after the struct")
Logger.info("before the first eval_string")
Code.eval_string("1 + 1")
IO.puts("after eval_string")
Logger.info("before a second eval_string")
Code.eval_string("2 + 2")
IO.puts("after the second")
Logger.info("before Task.async")
Task.async(fn -> :ok end) |> Task.await()
IO.puts("after the task")
