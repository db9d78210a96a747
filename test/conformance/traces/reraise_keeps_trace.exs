# reraise keeps the original stack trace; the rescuing function is not added to it
defmodule Inner do
  def boom(x), do: [if(x == "12x", do: raise(ArgumentError, "bad number: " <> x), else: x)]
end

defmodule Outer do
  def call(x) do
    try do
      Inner.boom(x)
    rescue
      e in ArgumentError ->
        IO.puts("caught: " <> Exception.message(e))
        reraise e, __STACKTRACE__
    end
  end
end

defmodule Main do
  def run, do: {:done, Outer.call("12x")}
end

Main.run()
