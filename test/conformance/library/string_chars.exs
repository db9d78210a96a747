IO.inspect(to_string(:atom))
IO.inspect(to_string(nil))
IO.inspect(to_string(false))
IO.inspect(to_string("bin"))
IO.inspect(to_string(42))
IO.inspect(to_string(-1.25))
IO.inspect(to_string(1.0e-10))
IO.inspect(to_string('charlist'))
IO.inspect(to_string([?a, "b", ['c']]))
IO.inspect(to_string(Elixir.Enum))
IO.inspect("interp #{:a} #{1} #{2.0} #{'x'} #{nil}")
IO.inspect(String.Chars.impl_for(:a))
IO.inspect(String.Chars.impl_for({}))

defmodule Main do
  def run do
    for bad <- [{1, 2}, %{a: 1}, self(), make_ref(), fn -> 1 end] do
      try do
        to_string(bad)
      rescue
        e in Protocol.UndefinedError ->
          IO.puts(Exception.message(e) |> String.replace(~r/#(PID|Reference|Function)<[^>]*>/, "#\\1<>"))
      end
    end
  end
end

Main.run()
