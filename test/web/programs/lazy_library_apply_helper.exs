# A macro of the program calling, through a module of the program compiled from a string made at
# run time, a library module fetched on first use (beamlet-library-more.js) by a name made at run
# time: nothing in this text says so, the compiled code does. The macro runs once.
Code.eval_string("defmodule Helper do\n  def go(m), do: " <> "app" <> "ly(m, :split, [\"a b\"])\nend\n")

defmodule Mac do
  defmacro m() do
    IO.puts("the macro runs")
    send(self(), :macro_ran)
    inspect(Helper.go(String.to_atom("Elixir.Option" <> "Parser")))
  end
end

defmodule UsesMac do
  require Mac
  def text, do: Mac.m()
end

IO.puts(UsesMac.text())
IO.inspect(Process.info(self(), :messages))
