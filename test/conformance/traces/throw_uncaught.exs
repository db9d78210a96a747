# An uncaught throw from a nested call, after an exit was caught
defmodule T do
  def deep(v), do: [deeper(v)]
  def deeper(v), do: if(v > 0, do: throw({:thrown, v}), else: v)
end

defmodule Main do
  def run do
    r = catch_exit(fn -> exit(:bye) end)
    IO.inspect(r)
    {:r, T.deep(String.length("seven.."))}
  end

  def catch_exit(f) do
    try do
      f.()
    catch
      :exit, reason -> {:caught_exit, reason}
    end
  end
end

Main.run()
