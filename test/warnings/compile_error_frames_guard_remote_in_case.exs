words = ~w(apple fig kiwi)

for w <- words do
  case w do
    x when String.match?(x, ~r/i/) -> IO.puts("long #{x}")
    x -> IO.puts("short #{x}")
  end
end
