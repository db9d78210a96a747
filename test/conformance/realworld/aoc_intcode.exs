defmodule Intcode do
  def run(program, inputs) do
    mem = program |> String.trim() |> String.split(",") |> Enum.map(&String.to_integer/1) |> Enum.with_index() |> Map.new(fn {v, i} -> {i, v} end)
    step(mem, 0, inputs, [])
  end
  defp step(mem, ip, ins, outs) do
    instr = mem[ip]
    op = rem(instr, 100)
    modes = instr |> div(100) |> Integer.digits() |> Enum.reverse() |> Kernel.++([0, 0, 0])
    arg = fn n -> v = mem[ip + n]; if Enum.at(modes, n - 1) == 1, do: v, else: Map.get(mem, v, 0) end
    case op do
      1 -> step(Map.put(mem, mem[ip + 3], arg.(1) + arg.(2)), ip + 4, ins, outs)
      2 -> step(Map.put(mem, mem[ip + 3], arg.(1) * arg.(2)), ip + 4, ins, outs)
      3 -> [i | rest] = ins; step(Map.put(mem, mem[ip + 1], i), ip + 2, rest, outs)
      4 -> step(mem, ip + 2, ins, [arg.(1) | outs])
      5 -> step(mem, if(arg.(1) != 0, do: arg.(2), else: ip + 3), ins, outs)
      6 -> step(mem, if(arg.(1) == 0, do: arg.(2), else: ip + 3), ins, outs)
      7 -> step(Map.put(mem, mem[ip + 3], if(arg.(1) < arg.(2), do: 1, else: 0)), ip + 4, ins, outs)
      8 -> step(Map.put(mem, mem[ip + 3], if(arg.(1) == arg.(2), do: 1, else: 0)), ip + 4, ins, outs)
      99 -> {Enum.reverse(outs), mem[0]}
    end
  end
end
IO.inspect Intcode.run("1,9,10,3,2,3,11,0,99,30,40,50", [])
prog = "3,21,1008,21,8,20,1005,20,22,107,8,21,20,1006,20,31,1106,0,36,98,0,0,1002,21,125,20,4,20,1105,1,46,104,999,1105,1,46,1101,1000,1,20,4,20,1105,1,46,98,99"
for i <- [5, 8, 11], do: IO.inspect(Intcode.run(prog, [i]) |> elem(0))
IO.inspect Intcode.run("3,0,4,0,99", [42])
IO.inspect Intcode.run("1002,4,3,4,33", [])
