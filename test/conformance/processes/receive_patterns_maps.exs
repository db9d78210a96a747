defmodule Main do
  def classify(n) do
    for _ <- 1..n do
      receive do
        %{type: :order, total: t} when t > 100 -> {:big_order, t}
        %{type: :order, total: t} -> {:order, t}
        %{type: :refund} = m -> {:refund, Map.get(m, :reason, :none)}
        {:batch, items} when is_list(items) -> {:batch, length(items)}
        other -> {:unknown, other}
      end
    end
  end

  def run do
    msgs = [%{type: :order, total: 50}, %{type: :order, total: 500}, %{type: :refund, reason: :damaged}, %{type: :refund}, {:batch, [1, 2, 3]}, {:batch, :oops}, "text"]
    Enum.each(msgs, &send(self(), &1))
    IO.inspect(classify(length(msgs)))
    send(self(), {:a, 1})
    send(self(), {:b, 2})
    result =
      receive do
        {:b, x} ->
          receive do
            {:a, y} -> {:nested, x, y}
          end
      end
    IO.inspect(result)
  end
end

Main.run()
