# An error raised in a rescue clause after a call into another module returned
defmodule Lib do
  def risky(x) when x > 0, do: x
  def describe(e), do: "described " <> Exception.message(e)
end

defmodule App do
  def go(x) do
    try do
      Lib.risky(x)
    rescue
      e ->
        msg = Lib.describe(e)
        IO.puts(msg)
        :erlang.error({:failed, String.length(msg)})
    end
  end

  def run, do: {:ok, go(-1)}
end

App.run()
