# Task.async_stream with a negative timeout: the stream's monitor process fails in
# :erlang.send_after/3, at Task.Supervised.stream_monitor_loop/2 (lib/task/supervised.ex:505)
Task.async_stream([1], fn x -> x end, timeout: -1) |> Enum.to_list()
