# An ArithmeticError's message is "bad argument in arithmetic expression" (Elixir 1.14); only
# Exception.blame/3, which `elixir` applies to an uncaught error, adds the operation. Operators
# called directly, by apply/3 and by a dynamic call behave the same.
defmodule Main do
  def run do
    mod = :erlang
    for {label, f} <- [
          {"direct", fn x -> x * x end},
          {"apply", fn x -> apply(:erlang, :+, [x, x]) end},
          {"dynamic", fn x -> mod.-(x) end},
          {"apply div", fn x -> apply(:erlang, :div, [1, x]) end}
        ] do
      try do
        f.(:a)
      rescue
        e ->
          {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
          IO.puts("#{label}: #{Exception.message(e)} | #{inspect(e)} | blamed: #{Exception.message(blamed)}")
      end
    end
    apply(:erlang, :*, [:x, 2])
  end
end

Main.run()
