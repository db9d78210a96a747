x = "ok #{1 + 1} ⁩"
IO.puts(x)
