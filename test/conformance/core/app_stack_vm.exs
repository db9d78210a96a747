# A tiny stack VM with jumps, running a loop that sums 1..n
defmodule VM do
  def run(prog, stack \\ [], pc \\ 0, steps \\ 0) do
    case elem(prog, pc) do
      :halt -> {hd(stack), steps}
      instr -> {stack, pc} = exec(instr, stack, pc); run(prog, stack, pc, steps + 1)
    end
  end

  defp exec({:push, v}, s, pc), do: {[v | s], pc + 1}
  defp exec(:add, [a, b | s], pc), do: {[a + b | s], pc + 1}
  defp exec(:sub, [a, b | s], pc), do: {[b - a | s], pc + 1}
  defp exec(:dup, [a | s], pc), do: {[a, a | s], pc + 1}
  defp exec(:swap, [a, b | s], pc), do: {[b, a | s], pc + 1}
  defp exec(:over, [a, b | s], pc), do: {[b, a, b | s], pc + 1}
  defp exec(:drop, [_ | s], pc), do: {s, pc + 1}
  defp exec({:jz, t}, [0 | s], _pc), do: {s, t}
  defp exec({:jz, _}, [_ | s], pc), do: {s, pc + 1}
  defp exec({:jmp, t}, s, _pc), do: {s, t}
end

# sum 1..n with a loop: the stack holds [n, acc]
sum_prog = List.to_tuple([
  {:push, 0}, {:push, 10_000},   # 0,1: acc, n
  :dup, {:jz, 11},               # 2,3: if n == 0 goto 11
  :swap, :over, :add, :swap,     # 4-7: acc = acc + n
  {:push, 1}, :sub,              # 8,9: n = n - 1
  {:jmp, 2},                     # 10
  :drop,                         # 11: leave acc
  :halt                          # 12
])
IO.inspect(VM.run(List.to_tuple([{:push, 2}, {:push, 3}, :add, :halt])))
IO.inspect(VM.run(List.to_tuple([{:push, 10}, {:push, 4}, :sub, :dup, :add, :halt])))
IO.inspect(VM.run(sum_prog))
