# iolist_to_binary/list_to_binary of short iolists (made without a job, test/vm/iolist_one_chunk.test.ts):
# values, reductions charged, a binary as it is, [] and the errors, as the job made them
defmodule J do
  def run(0, acc), do: acc
  def run(n, acc) do
    b = :erlang.iolist_to_binary(["k", Integer.to_string(n), [?=, "v" | "!"]])
    c = :erlang.list_to_binary([?a, ["b", ?c]])
    run(n - 1, acc + byte_size(b) + byte_size(c))
  end
end
{:reductions, r0} = Process.info(self(), :reductions)
total = J.run(20_000, 0)
{:reductions, r1} = Process.info(self(), :reductions)
big = :erlang.iolist_to_binary(List.duplicate("0123456789abcdef", 64))
IO.puts("#{total} #{byte_size(big)} #{r1 - r0 < 200_000}")
IO.puts(inspect(:erlang.iolist_to_binary("as is")) <> " " <> inspect(:erlang.iolist_to_binary([])))
try do :erlang.iolist_to_binary([1, :x]) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.list_to_binary("bin") rescue e -> IO.puts(Exception.message(e)) end
