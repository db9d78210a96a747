# Logger given a term that is no message: the deprecation warning's trace and the
# String.Chars failure name Logger.__do_log__/4 at Elixir 1.14's lines of lib/logger.ex
require Logger
{:ok, _} = Application.ensure_all_started(:ex_unit)

warning = ExUnit.CaptureIO.capture_io(:stderr, fn -> Logger.info(:just_an_atom) end)
IO.puts(warning |> String.split("\n") |> Enum.take(2) |> Enum.join("\n"))

try do
  Logger.info({:a, 1})
rescue
  e ->
    IO.inspect(e.__struct__)
    for {m, f, a, loc} <- Enum.take(__STACKTRACE__, 3), do: IO.inspect({m, f, a, loc[:line]})
end
