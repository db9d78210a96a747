# Interpolating a binary (or to_string/1 of one) is no call: Elixir compiles it as a case that
# calls String.Chars.to_string/1 only for other terms, so String.Chars is not loaded by it.
defmodule Greeting do
  def hello(name), do: "hello #{name}"
  def text(x), do: to_string(x)
  def direct(x), do: String.Chars.to_string(x)
end
IO.puts(Greeting.hello("world"))
IO.puts(Greeting.text("plain"))
IO.puts(Greeting.direct("direct"))
IO.inspect(:code.is_loaded(String.Chars), label: "after binaries")
IO.puts(Greeting.hello(42))
IO.inspect(match?({:file, _}, :code.is_loaded(String.Chars)), label: "after an integer")
IO.inspect(Greeting.text(:atom))
IO.inspect(Greeting.direct('chars'))
Greeting.text({:not, :chars})
