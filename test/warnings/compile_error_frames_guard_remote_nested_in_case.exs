words = ~w(apple fig kiwi)

for w <- words do
  case w do
    x when String.length(x) > 3 -> IO.puts("long #{x}")
    x -> IO.puts("short #{x}")
  end
end
