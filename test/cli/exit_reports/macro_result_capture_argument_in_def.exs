# a capture argument outside a capture, and one skipped, in what a macro of the program returned
defmodule MacroResultCapture do
  defmacro lone, do: quote(do: &1)
  defmacro skipped, do: quote(do: &(&1 + &3))
end

defmodule MacroResultCaptureUser do
  require MacroResultCapture

  def f do
    MacroResultCapture.skipped()
  end

  def g, do: MacroResultCapture.lone()
end
