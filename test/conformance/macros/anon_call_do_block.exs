# A do-block given to an anonymous function call, `f.(a) do ... end`: its keywords are the
# call's last argument, as for a named call; the quoted form, Macro.to_string and running it
IO.inspect(Code.string_to_quoted!("f.(a) do 1 end"))
IO.inspect(Code.string_to_quoted!("f.() do 1 else 2 end"))
IO.inspect(Code.string_to_quoted!("f.(a) do x -> x end"))
IO.inspect(Code.string_to_quoted!("foo f.(a) do 1 end"))
IO.inspect(Code.string_to_quoted!("if f.(a) do 1 end"))
IO.inspect(Code.string_to_quoted!("x = f.(a) do 1 end"))
IO.inspect(Code.string_to_quoted!("f.(a).(b) do 1 end"))
IO.inspect(Code.string_to_quoted!("f.(a) do\n 1\nend |> g"))
IO.puts(Macro.to_string(Code.string_to_quoted!("f.(a) do 1 end")))
IO.puts(Macro.to_string(Code.string_to_quoted!("f.(a, b) do 1 else 2 end")))

defmodule AnonDo do
  def run do
    h = fn x, [do: body, else: e] -> {x, body, e} end

    h.(:a) do
      :b
    else
      :c
    end
  end
end

IO.inspect(AnonDo.run())
k = fn [do: b] -> b end

IO.inspect(
  k.() do
    x = 2
    x * 3
  end
)

try do
  k.(1) do
    1
  end
rescue
  e in BadArityError -> IO.inspect({e.__struct__, e.args})
end
