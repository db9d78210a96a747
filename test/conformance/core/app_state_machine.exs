defmodule Door do
  defstruct state: :locked, code: "1234", attempts: 0, log: []

  def handle(%Door{state: :locked} = d, {:enter, code}) do
    if code == d.code,
      do: %{d | state: :closed, attempts: 0} |> log("unlocked"),
      else: wrong(d)
  end
  def handle(%Door{state: :closed} = d, :open), do: %{d | state: :opened} |> log("opened")
  def handle(%Door{state: :opened} = d, :close), do: %{d | state: :closed} |> log("closed")
  def handle(%Door{state: :closed} = d, :lock), do: %{d | state: :locked} |> log("locked")
  def handle(%Door{state: :blocked} = d, _), do: log(d, "blocked: ignoring")
  def handle(%Door{state: s} = d, ev), do: log(d, "invalid #{inspect(ev)} in #{s}")

  defp wrong(%Door{attempts: 2} = d), do: %{d | state: :blocked, attempts: 3} |> log("too many attempts")
  defp wrong(d), do: %{d | attempts: d.attempts + 1} |> log("wrong code")

  defp log(d, msg), do: %{d | log: [msg | d.log]}
end

defmodule Main do
  def run do
    events = [{:enter, "0000"}, {:enter, "1234"}, :open, :lock, :close, :lock, {:enter, "1"}, {:enter, "2"}, {:enter, "3"}, :open]
    final = Enum.reduce(events, %Door{}, fn ev, d -> Door.handle(d, ev) end)
    final.log |> Enum.reverse() |> Enum.with_index(1) |> Enum.each(fn {m, i} -> IO.puts("#{i}. #{m}") end)
    IO.inspect(final.state)
    IO.inspect(%{final | log: length(final.log)})
  end
end

Main.run()
