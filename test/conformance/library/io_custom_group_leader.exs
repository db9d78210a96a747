# Output and input going through the group leader: a process of the program's own answering the
# io protocol gets IO.puts/write/inspect, :io.format/put_chars/fwrite, IO.gets/read, :io.get_line,
# binwrite, setopts/getopts and an unknown request; children inherit the leader; :io.put_chars and
# IO.puts to the pid itself.
defmodule Collector do
  def start, do: spawn(fn -> loop([]) end)
  defp loop(acc) do
    receive do
      {:io_request, from, ref, {:put_chars, enc, chars}} ->
        send(from, {:io_reply, ref, :ok})
        loop([{enc, IO.chardata_to_string(chars)} | acc])
      {:io_request, from, ref, {:put_chars, enc, m, f, a}} ->
        send(from, {:io_reply, ref, :ok})
        loop([{enc, IO.chardata_to_string(apply(m, f, a))} | acc])
      {:io_request, from, ref, {:get_line, _enc, prompt}} ->
        send(from, {:io_reply, ref, "typed line\n"})
        loop([{:prompt, IO.chardata_to_string(prompt)} | acc])
      {:io_request, from, ref, {:get_chars, _enc, _prompt, n}} ->
        send(from, {:io_reply, ref, String.duplicate("x", n)})
        loop(acc)
      {:io_request, from, ref, {:setopts, _}} ->
        send(from, {:io_reply, ref, :ok})
        loop(acc)
      {:io_request, from, ref, :getopts} ->
        send(from, {:io_reply, ref, [binary: true, encoding: :unicode]})
        loop(acc)
      {:io_request, from, ref, other} ->
        send(from, {:io_reply, ref, {:error, :request}})
        loop([{:unknown, other} | acc])
      {:dump, pid} -> send(pid, {:dump, Enum.reverse(acc)})
    end
  end
end

c = Collector.start()
old = Process.group_leader()
Process.group_leader(self(), c)
IO.puts("puts via leader")
IO.write("write ")
IO.inspect({:tuple, 1})
:io.format("format ~p~n", [[1, 2]])
:io.put_chars("put_chars\n")
:io.fwrite("fwrite~n")
r1 = IO.gets("prompt> ")
r2 = IO.read(3)
r3 = :io.get_line(~c"p2> ")
IO.binwrite("binwrite\n")
r4 = :io.setopts(binary: true)
r5 = :io.getopts()
r6 = :io.columns()
spawn(fn -> IO.puts("child inherits") end)
Process.sleep(50)
Process.group_leader(self(), old)
:io.put_chars(c, "direct to pid\n")
IO.puts(c, "IO.puts to pid")
:io.format(c, "format to pid ~w~n", [:x])
send(c, {:dump, self()})
receive do
  {:dump, items} -> Enum.each(items, &IO.inspect/1)
end
IO.inspect([r1, r2, r3, r4, r5, r6])
