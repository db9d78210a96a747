# Path.safe_relative/1 and safe_relative_to/2 (new in 1.14): . and .. resolved, :error for absolute
# paths and paths leaving their root; System.time_offset/0,1 and :erlang.time_offset/0,1 agree with
# system time minus monotonic time
for p <- ["a/b", "a/../b", "a/./b", ".", "..", "../a", "/abs", "a/b/../../..", "a//b/", "", 'ch/ar', "a/../../b", "./a"] do
  IO.inspect({p, Path.safe_relative(p), Path.safe_relative_to(p, "/tmp")})
end
IO.inspect(System.time_offset() |> is_integer())
IO.inspect(System.time_offset(:second) |> is_integer())
IO.inspect(is_integer(off))
IO.inspect(abs(:erlang.system_time() - (:erlang.monotonic_time() + off)) < 1_000_000_000)
IO.inspect(abs(System.system_time(:second) - (System.monotonic_time(:second) + System.time_offset(:second))) <= 1)
IO.inspect(abs(:erlang.time_offset(:millisecond) - System.time_offset(:millisecond)) <= 1000)
