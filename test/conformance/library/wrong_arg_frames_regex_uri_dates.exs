# Everyday library calls given a wrong argument fail as in Elixir 1.14: the exception, its blamed
# clauses and the library's frames (Regex.replace's precompile_replacement/1, Regex.compile/3,
# Date.range/2,3 through to_iso_days/1, :erlang.process_info/group_leader naming each bad
# argument, Task.await_many/2's match, Stream.resource/3's guard, URI's delegations and lines);
# URI.to_string/1 takes no string and URI.char_reserved?/1 any term, as Elixir's
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(blamed)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("Regex.replace(~r/a/, \"a\", 1)", fn -> Regex.replace(~r/a/, "a", 1) end)
    show("Regex.replace(~r/a/, \"b\", 1)", fn -> Regex.replace(~r/a/, "b", 1) end)
    show("Regex.replace(~r/a/, \"aa\", :x, global: false)", fn -> Regex.replace(~r/a/, "aa", :x, global: false) end)
    show("Regex.replace fun", fn -> Regex.replace(~r/a(b)/, "xabyab", fn x, y -> y <> x end) end)
    show("Regex.compile(\"a\", 1)", fn -> Regex.compile("a", 1) end)
    show("Regex.compile!(\"a\", 1)", fn -> Regex.compile!("a", 1) end)
    show("Regex.compile(\"a\", [:caseless])", fn -> Regex.compile("a", [:caseless]) |> elem(0) end)
    show("Date.range(1, 2)", fn -> Date.range(1, 2) end)
    show("Date.range(1, 2, 1)", fn -> Date.range(1, 2, 1) end)
    show("Date.range(date, other calendar)", fn -> Date.range(~D[2020-01-01], %{~D[2020-01-02] | calendar: Foo}) end)
    show("Date.range(date, date, 0)", fn -> Date.range(~D[2020-01-01], ~D[2020-01-02], 0) end)
    show("Date.range(%{calendar: ISO}, date)", fn -> Date.range(%{calendar: Calendar.ISO}, ~D[2020-01-01]) end)
    show("Date.range(date, %{calendar: ISO}, 1)", fn -> Date.range(~D[2020-01-01], %{calendar: Calendar.ISO}, 1) end)
    show("Date.range backwards", fn -> Date.range(~D[2020-01-05], ~D[2020-01-01]) |> Enum.to_list() end)
    show("Date.range(date, naive, 2)", fn -> Date.range(~D[2020-01-05], ~N[2020-01-09 10:00:00], 2) |> Enum.to_list() end)
    show("Process.info(1)", fn -> Process.info(1) end)
    show(":erlang.process_info(1, :status)", fn -> :erlang.process_info(1, :status) end)
    show("Process.group_leader(1, 2)", fn -> Process.group_leader(1, 2) end)
    show(":erlang.group_leader(self(), 1)", fn -> :erlang.group_leader(self(), 1) end)
    show("Task.await_many(1)", fn -> Task.await_many(1) end)
    show("Task.await_many([1])", fn -> Task.await_many([1]) end)
    show("Task.await_many([%{owner: 1}])", fn -> Task.await_many([%{owner: 1}]) end)
    show("Stream.resource(1, 2, 3)", fn -> Stream.resource(1, 2, 3) end)
    show("Stream.resource(fun, fun, 3)", fn -> Stream.resource(fn -> 1 end, fn x -> {:halt, x} end, 3) end)
    show("URI.merge(1, 2)", fn -> URI.merge(1, 2) end)
    show("URI.decode(1)", fn -> URI.decode(1) end)
    show("URI.decode(<<1::1>>)", fn -> URI.decode(<<1::1>>) end)
    show("URI.decode(\"a%zz%4+\")", fn -> URI.decode("a%zz%4+") end)
    show("URI.to_string(1)", fn -> URI.to_string(1) end)
    show("URI.to_string(string)", fn -> URI.to_string("http://x.com/a") end)
    show("URI.to_string(%{})", fn -> URI.to_string(%{}) end)
    show("URI.to_string(relative path)", fn -> URI.to_string(%URI{host: "h", path: "p"}) end)
    show("URI.to_string(%URI{})", fn -> URI.to_string(URI.parse("https://u@h.com:443/p?q#f")) end)
    show("to_string(ipv6)", fn -> to_string(URI.parse("http://[::1]:8080/x")) end)
    show("URI.char_*?(:a)", fn -> {URI.char_reserved?(:a), URI.char_unreserved?("a"), URI.char_unescaped?(nil)} end)
  end
end

Main.run()
URI.to_string("http://example.com")
