# __STACKTRACE__ in a fn or a capture written in a rescue or catch clause reads that clause's
# stacktrace (captured as any other variable), as on Elixir 1.14; beamlet refused it at compile time.
try do
  raise "x"
rescue
  _ ->
    f = fn -> hd(__STACKTRACE__) |> elem(0) end
    IO.inspect(f.())
    IO.inspect(Enum.map([1], &{&1, length(__STACKTRACE__) > 0}))
end
try do
  throw 1
catch
  _ -> Enum.each([1], fn _ -> IO.inspect(is_list(__STACKTRACE__)) end)
end
