# Funs made by library functions carry the fun-table place and uniq Elixir's module gives them:
# a stream inspects as in Elixir (`#Function<48.103858489/1 in Stream.map/2>`) and
# Function.info/1 answers the same index and uniq
show = fn term -> IO.puts(term |> inspect() |> String.replace("#Function<", "Function<")) end

show.(Stream.map(1..3, & &1))
show.(Stream.filter([1], & &1) |> Stream.take(2))
show.(Stream.with_index([1]))
show.(Stream.cycle([1]))
show.(Stream.iterate(0, & &1))
show.(Stream.unfold(0, &{&1, &1}))
show.(Stream.chunk_every([1], 2))
show.(Stream.reject([1], & &1) |> Stream.dedup() |> Stream.uniq())
show.(Stream.zip([1], [2]))
show.(Stream.resource(fn -> 0 end, fn x -> {:halt, x} end, fn _ -> :ok end))
show.(Stream.scan([1], &+/2))
show.(Stream.take_while([1], & &1) |> Stream.drop(1) |> Stream.each(& &1))
show.(1..3 |> Stream.map(& &1) |> Stream.flat_map(&[&1]) |> Stream.intersperse(0))

%Stream{funs: [fun]} = Stream.map([1], & &1)
info = Function.info(fun)
IO.inspect(Keyword.take(info, [:module, :index, :uniq, :name, :arity, :type]))
IO.inspect(fun == hd(Stream.map([2], & &1).funs) and true)
show.(Task.async_stream([1], & &1))
{:ok, sup} = Task.Supervisor.start_link()
show.(Task.Supervisor.async_stream(sup, [1], & &1))
show.(Task.Supervisor.async_stream_nolink(sup, [1], & &1))
IO.inspect(Task.Supervisor.async_stream_nolink(sup, [1, 2], &(&1 * 2)) |> Enum.to_list())
