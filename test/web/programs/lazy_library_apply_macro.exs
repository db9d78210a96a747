# A library module fetched on first use (beamlet-library-more.js) reached in a macro of the
# program only by a name made at run time (apply/3): the macro runs once.
defmodule Mac do
  defmacro split(text) do
    IO.puts("the macro runs")
    send(self(), :macro_ran)
    m = String.to_atom("Elixir." <> "String" <> "IO")
    {:ok, io} = apply(m, :open, [text])
    IO.read(io, :eof)
  end
end

defmodule UsesMac do
  require Mac
  def text, do: Mac.split("from the macro")
end

IO.puts(UsesMac.text())
IO.inspect(Process.info(self(), :messages))
