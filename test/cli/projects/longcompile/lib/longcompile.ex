# a module body that takes more than 10 seconds: mix says so once, while it runs
defmodule Longcompile do
  IO.puts("body starts")
  Process.sleep(10_600)
  IO.puts("body ends")
  def x, do: Longcompile.Quick.x()
end
