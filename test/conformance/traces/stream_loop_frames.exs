# A failure in a function a stream calls (transform/flat_map's reducer, an inner list's or inner
# stream's downstream, unfold/iterate/repeatedly's generator, resource's start/next/after, a
# transform's start/last/after) is framed by the stream's own loop (Stream.do_transform_user/6,
# do_transform_inner_list/7, do_unfold/4, do_resource/5...) at Elixir's lines, the source
# enumerable's reduce not under it; a source resource is closed before the transform's after_fun
defmodule Try do
  def go(name, f) do
    try do
      IO.inspect({name, f.()})
    rescue
      e ->
        IO.puts("== #{name}: #{Exception.message(e)}")
        for fr <- Enum.take(__STACKTRACE__, 6), do: IO.puts("  " <> Exception.format_stacktrace_entry(fr))
    end
  end
end

boom = fn x -> if x == 2, do: raise("boom #{x}"), else: x end
src = fn -> Stream.resource(fn -> IO.puts("start"); 1 end, fn x -> {[x], x + 1} end, fn _ -> IO.puts("src after") end) end

Try.go(:flat_map, fn -> [1, 2, 3] |> Stream.flat_map(fn x -> [boom.(x)] end) |> Enum.to_list() end)
Try.go(:flat_map_each, fn -> [1, 2, 3] |> Stream.flat_map(fn x -> [boom.(x)] end) |> Enum.each(fn _ -> :ok end) end)
Try.go(:flat_map_range, fn -> 1..3 |> Stream.flat_map(fn x -> [boom.(x)] end) |> Enum.take(3) end)
Try.go(:transform2, fn -> [1, 2, 3] |> Stream.transform(0, fn x, a -> {[boom.(x)], a} end) |> Enum.to_list() end)
Try.go(:transform4, fn -> [1, 2, 3] |> Stream.transform(fn -> 0 end, fn x, a -> {[boom.(x)], a} end, fn _ -> :ok end) |> Enum.to_list() end)
Try.go(:transform5, fn -> [1, 2, 3] |> Stream.transform(fn -> 0 end, fn x, a -> {[boom.(x)], a} end, fn a -> {[], a} end, fn _ -> :ok end) |> Enum.to_list() end)
Try.go(:inner_list_down, fn -> [1, 2, 3] |> Stream.flat_map(fn x -> [x] end) |> Stream.map(boom) |> Enum.to_list() end)
Try.go(:inner_stream_down, fn -> [1, 2, 3] |> Stream.flat_map(fn x -> Stream.map([x], & &1) end) |> Stream.map(boom) |> Enum.to_list() end)
Try.go(:inner_stream, fn -> [1, 2, 3] |> Stream.flat_map(fn x -> Stream.map([x], boom) end) |> Enum.to_list() end)
Try.go(:concat, fn -> Stream.concat([[1], Stream.map([2], boom)]) |> Enum.to_list() end)
Try.go(:t_start, fn -> [1, 2] |> Stream.transform(fn -> boom.(2) end, fn x, a -> {[x], a} end, fn _ -> :ok end) |> Enum.to_list() end)
Try.go(:t_last, fn -> [1, 2] |> Stream.transform(fn -> 0 end, fn x, a -> {[x], a} end, fn a -> {[boom.(2)], a} end, fn _ -> :ok end) |> Enum.to_list() end)
Try.go(:t_after, fn -> [1, 2] |> Stream.transform(fn -> 0 end, fn x, a -> {[x], a} end, fn _ -> boom.(2) end) |> Enum.to_list() end)
Try.go(:unfold, fn -> Stream.unfold(1, fn x -> {boom.(x), x + 1} end) |> Enum.take(5) end)
Try.go(:unfold_down, fn -> Stream.unfold(1, fn x -> {x, x + 1} end) |> Stream.map(boom) |> Enum.to_list() end)
Try.go(:iterate, fn -> Stream.iterate(1, fn x -> boom.(x + 1) end) |> Enum.take(5) end)
Try.go(:cycle, fn -> Stream.cycle([1, 2, 3]) |> Stream.map(boom) |> Enum.take(5) end)
Try.go(:repeatedly, fn -> Stream.repeatedly(fn -> boom.(2) end) |> Enum.take(2) end)
Try.go(:repeatedly_down, fn -> Stream.repeatedly(fn -> 2 end) |> Stream.map(boom) |> Enum.take(2) end)
Try.go(:resource_next, fn -> Stream.resource(fn -> 1 end, fn x -> {[boom.(x)], x + 1} end, fn _ -> :ok end) |> Enum.take(5) end)
Try.go(:resource_down, fn -> Stream.resource(fn -> 1 end, fn x -> {[x], x + 1} end, fn _ -> :ok end) |> Stream.map(boom) |> Enum.take(5) end)
Try.go(:resource_start, fn -> Stream.resource(fn -> boom.(2) end, fn x -> {[x], x + 1} end, fn _ -> :ok end) |> Enum.take(5) end)
Try.go(:resource_after_halt, fn -> Stream.resource(fn -> 1 end, fn x -> {[x, x], x + 1} end, fn _ -> boom.(2) end) |> Enum.take(1) end)
Try.go(:resource_after_down, fn -> Stream.resource(fn -> 1 end, fn x -> {[x], x + 1} end, fn _ -> boom.(2) end) |> Stream.map(fn _ -> raise "down" end) |> Enum.take(1) end)
Try.go(:resource_after_next, fn -> Stream.resource(fn -> 1 end, fn _ -> raise "nx" end, fn _ -> boom.(2) end) |> Enum.take(1) end)
Try.go(:resource_zip, fn -> Stream.zip([1, 2, 3], Stream.resource(fn -> 1 end, fn x -> {[x], x + 1} end, fn _ -> :ok end) |> Stream.map(boom)) |> Enum.to_list() end)
Try.go(:src_reducer, fn -> src.() |> Stream.flat_map(fn 2 -> raise "x"; x -> [x] end) |> Enum.to_list() end)
Try.go(:src_down, fn -> src.() |> Stream.flat_map(fn x -> [x] end) |> Stream.map(fn 2 -> raise "y"; x -> x end) |> Enum.to_list() end)
Try.go(:src_after, fn -> src.() |> Stream.transform(fn -> 0 end, fn 2, _ -> raise "z"; x, a -> {[x], a} end, fn _ -> IO.puts("t after") end) |> Enum.to_list() end)
Try.go(:src_inner, fn -> src.() |> Stream.flat_map(fn x -> Stream.map([x], fn 2 -> raise "w"; x -> x end) end) |> Enum.to_list() end)
Try.go(:src_halt, fn -> src.() |> Stream.flat_map(fn 3 -> [:halt]; x -> [x] end) |> Enum.take(2) end)
Try.go(:src_reducer_halt, fn -> src.() |> Stream.transform(0, fn 3, a -> {:halt, a}; x, a -> {[x], a} end) |> Enum.to_list() end)
Try.go(:inner_take, fn -> [1, 2, 3] |> Stream.flat_map(fn x -> Stream.take(Stream.repeatedly(fn -> x end), 2) end) |> Enum.take(5) end)
Try.go(:zip_flat, fn -> Stream.zip(Stream.flat_map([1, 2, 3], &[&1, &1]), Stream.flat_map([:a, :b], &[&1, Stream.map([&1], fn y -> y end)])) |> Enum.to_list() end)
Try.go(:bad_reducer_answer, fn -> src.() |> Stream.transform(fn -> 0 end, fn _, _ -> 10 end, fn _ -> IO.puts("t after") end) |> Enum.to_list() end)
Try.go(:bad_reducer_answer2, fn -> [1] |> Stream.transform(0, fn _, _ -> 10 end) |> Enum.to_list() end)
Try.go(:resource_range_items, fn -> Stream.resource(fn -> 1 end, fn x -> {x..x, x + 1} end, fn _ -> IO.puts("after") end) |> Stream.map(boom) |> Enum.take(3) end)
Try.go(:resource_range_after, fn -> Stream.resource(fn -> 1 end, fn x -> {x..x, x + 1} end, fn _ -> boom.(2) end) |> Stream.map(fn _ -> raise "d" end) |> Enum.take(3) end)
Try.go(:resource_range_halt, fn -> Stream.resource(fn -> 1 end, fn x -> {x..(x + 1), x + 1} end, fn _ -> boom.(2) end) |> Enum.take(1) end)
Try.go(:resource_stream_items, fn -> Stream.resource(fn -> 1 end, fn 4 -> {:halt, 4}; x -> {Stream.take(Stream.repeatedly(fn -> x end), 5), x + 1} end, fn _ -> IO.puts("after") end) |> Enum.take(7) end)
Try.go(:resource_set_zip, fn -> Stream.resource(fn -> 1 end, fn 4 -> {:halt, 4}; x -> {MapSet.new([x]), x + 1} end, fn _ -> IO.puts("after") end) |> Stream.zip(1..10) |> Enum.to_list() end)
