# a remote function (&Mod.fun/arity) unquoted into code is valid quoted code, its capture, as in
# Elixir: tests generated in a for over [upcase: &String.upcase/1, ...] with unquote(fun)
defmodule M do
  f = &String.upcase/1
  def up(x), do: unquote(f).(x)
  g = &:lists.reverse/1
  def rev(x), do: unquote(g).(x)
  def funs, do: unquote(Macro.escape([f, g]))
end
IO.puts M.up("ab")
IO.inspect M.rev([1, 2])
IO.inspect M.funs()
IO.inspect Code.eval_quoted(quote do: unquote(&Enum.count/1).([1,2,3]))
IO.inspect Macro.escape(&Enum.count/1)
IO.puts Macro.to_string(quote do: unquote(&Enum.count/1).([1]))
try do
  h = fn x -> x end
  Code.eval_quoted(quote do: unquote(h).(1))
rescue e -> IO.inspect(e.__struct__)
end

ExUnit.start(seed: 0)

defmodule GeneratedTest do
  use ExUnit.Case

  for {name, fun} <- [upcase: &String.upcase/1, downcase: &String.downcase/1, reverse: &String.reverse/1] do
    test "#{name} works" do
      assert unquote(fun).("aB") in ["AB", "ab"]
    end
  end
end
