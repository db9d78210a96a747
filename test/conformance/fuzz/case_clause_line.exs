# A case that matches nothing fails at the case's own line (its first line), not at the line of
# its last clause's code; so does the library's (:lists.sort's comparator result in fsplit_1).
# Found by fuzz-diff-enum seed 881503 (:lists.sort frames at lists.erl:360 instead of 2674).
defmodule C do
  def f(x) do
    case x do
      1 ->
        :one

      2 ->
        IO.puts("two")
        :two
    end
  end

  def g(x) do
    y = x + 1
    case (
      x) do
      1 -> IO.puts("a")
      2 ->
        case y do
          9 -> IO.puts("b")
        end
    end
  end

  def h(x) do
    z =
      case rem(x, 3) do
        0 -> :zero
        1 ->
          IO.puts("one")
          :one
      end

    {z, x}
  end
end

for f <- [fn -> C.f(3) end, fn -> C.g(3) end, fn -> C.g(2) end, fn -> C.h(5) end, fn -> C.h(4) end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 2)})
  end
end

for l <- [[3, 1, 2], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [2, 1]] do
  try do
    IO.inspect(:lists.sort(fn a, b -> if a == 3 or b == 3, do: :maybe, else: a <= b end, l))
  rescue
    e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 2)})
  end
end
