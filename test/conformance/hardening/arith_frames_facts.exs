# What the compiler knows about an operand decides whether a failing operator shows its own frame
# (and so whether the blamed message names the operands): constants folded or bound to a variable,
# module attributes, values known to be floats (the result of `/`, float arithmetic, :math), and
# the literal moved second in commutative operators. The script ends with an uncaught `2 * x`.
defmodule Main do
  @step 1
  @scale 2.5

  def top(st) do
    case st do
      [{m, f, a, _} | _] when is_list(a) -> "#{inspect(m)}.#{f}(#{Enum.map_join(a, ", ", &inspect/1)})"
      [{m, f, a, _} | _] -> "#{inspect(m)}.#{f}/#{a}"
    end
  end

  def t(label, f) do
    try do
      IO.puts("#{label} = #{inspect(f.(Process.get(:absent, :a), Process.get(:absent, 2)))}")
    rescue
      e ->
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("#{label} | #{Exception.message(blamed)} | #{top(__STACKTRACE__)}")
    end
  end

  def run do
    t("n = 1; x + n", fn x, _ -> n = 1; x + n end)
    t("n = -3; x - n", fn x, _ -> n = -3; x - n end)
    t("x + @step", fn x, _ -> x + @step end)
    t("x * @scale", fn x, _ -> x * @scale end)
    t("x + (1 + 2)", fn x, _ -> x + (1 + 2) end)
    t("x - (2 - 5)", fn x, _ -> x - (2 - 5) end)
    t("(1 + 2) * x", fn x, _ -> (1 + 2) * x end)
    t("f = y / 2; x + f", fn x, y -> f = y / 2; x + f end)
    t("f = y / 2; f - x", fn x, y -> f = y / 2; f - x end)
    t("x + y / 2", fn x, y -> x + y / 2 end)
    t("y * 2.0 then x * y", fn x, y -> y = y * 2.0; x * y end)
    t("y + 1 then x * y", fn x, y -> y = y + 1; x * y end)
    t(":math.sqrt(y) + x", fn x, y -> :math.sqrt(y) + x end)
    t(":erlang.float(y) * x", fn x, y -> :erlang.float(y) * x end)
    t("x * 1.5 * x", fn x, _ -> x * 1.5 * x end)
    t("x * x * 1.5", fn x, _ -> x * x * 1.5 end)
    t("case int", fn x, y -> z = case y do 2 -> 1; _ -> 3 end; x + z end)
    t("Bitwise.band(7, x)", fn x, _ -> Bitwise.band(7, x) end)
    t("Bitwise.bsl(1, x)", fn x, _ -> Bitwise.bsl(1, x) end)
    t("apply + 1", fn x, _ -> apply(:erlang, :+, [x, 1]) end)
    t("apply Kernel * 2", fn x, _ -> apply(Kernel, :*, [2, x]) end)
    t("x / y with y = 0", fn _, y -> 1 / (y - 2) end)
    t("div by zero", fn _, y -> div(1, y - 2) end)
  end

  def double(x), do: 2 * x
end

Main.run()
x = Process.get(:absent, :a)
y = Process.get(:absent, 2)
for {label, f} <- [
      {"top: n = 1; x + n", fn -> n = 1; x + n end},
      {"top: f = y / 2; x + f", fn -> f = y / 2; x + f end},
      {"top: 3 * x", fn -> 3 * x end},
      {"top: x * 0.5", fn -> x * 0.5 end}
    ] do
  try do
    f.()
  rescue
    e ->
      {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
      # (the script's own funs are named differently by each compiler: only an operator's frame is shown)
      top = case __STACKTRACE__ do [{:erlang, _, _, _} | _] = st -> Main.top(st); _ -> "the caller" end
      IO.puts("#{label} | #{Exception.message(blamed)} | #{top}")
  end
end
Main.double(x)
