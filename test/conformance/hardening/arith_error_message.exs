# Elixir 1.14's ArithmeticError names no operands: "bad argument in arithmetic expression".
defmodule Main do
  def run do
    for {label, f} <- [
          {"+", fn x -> 1 + x end},
          {"-", fn x -> x - 1 end},
          {"*", fn x -> x * 2.0 end},
          {"/", fn x -> 10 / x end},
          {"unary -", fn x -> -x end},
          {"div", fn x -> div(7, x) end},
          {"rem", fn x -> rem(7, x) end},
          {"apply +", fn x -> apply(:erlang, :+, [x, 1]) end},
          {"bsl", fn x -> Bitwise.bsl(x, 1) end},
          {"sqrt", fn x -> :math.sqrt(x) end},
          {"float overflow", fn _ -> 1.0e308 * 10 end}
        ] do
      for arg <- [:a, 0, -1] do
        try do
          IO.puts("#{label} #{inspect(arg)} = #{inspect(f.(arg))}")
        rescue
          e -> IO.puts("#{label} #{inspect(arg)}: #{inspect(e.__struct__)} #{Exception.message(e)}")
        end
      end
    end
    math_errors()
    x = :atom
    x + 1
  end

  def math_errors do
    try do :math.pow(2, :a) rescue e -> IO.puts(Exception.message(e)) end
    try do :math.pow(:a, :b) rescue e -> IO.puts(Exception.message(e)) end
    try do :math.sqrt(-1) rescue e -> IO.puts(Exception.message(e)) end
    try do :math.log(0) rescue e -> IO.puts(Exception.message(e)) end
  end
end

Main.run()
