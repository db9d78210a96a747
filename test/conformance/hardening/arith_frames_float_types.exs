# Which failing `+ - *` heads the stack trace with its operator's frame when an operand's float
# type comes from a case/if/cond, an is_float guard or a literal tuple: OTP 25's float
# instructions fail with no frame (compiler/float_types.ts).
defmodule Report do
  def failed(label, e, st) do
    {blamed, _} = Exception.blame(:error, e, st)
    top =
      case st do
        [{m, f, a, _} | _] when is_list(a) -> "#{inspect(m)}.#{f}(#{Enum.map_join(a, ", ", &inspect/1)})"
        [{m, f, a, _} | _] -> "#{inspect(m)}.#{f}/#{a}"
      end
    IO.puts("#{label} | #{inspect(Exception.message(blamed))} | #{top}")
  end
end

defmodule Cases do
  def case_all_float(c, y) do
    x = case c do
      1 -> 1.5
      _ -> 2.5
    end
    try do x + y rescue e -> Report.failed("case all float", e, __STACKTRACE__) end
  end
  def case_mixed(c, y) do
    x = case c do
      1 -> 1.5
      _ -> 2
    end
    try do x + y rescue e -> Report.failed("case mixed", e, __STACKTRACE__) end
  end
  def case_float_exprs(c, y, z) do
    x = case c do
      1 -> z / 2
      _ -> :math.sqrt(z)
    end
    try do x * y rescue e -> Report.failed("case float exprs", e, __STACKTRACE__) end
  end
  def if_float(c, y) do
    x = if c == 1, do: 1.5, else: 2.5
    try do x - y rescue e -> Report.failed("if float", e, __STACKTRACE__) end
  end
  def if_no_else(c, y) do
    x = if c == 1, do: 1.5
    try do x - y rescue e -> Report.failed("if no else", e, __STACKTRACE__) end
  end
  def cond_float(c, y) do
    x = cond do
      c == 1 -> 1.5
      true -> 0.5
    end
    try do x * y rescue e -> Report.failed("cond float", e, __STACKTRACE__) end
  end
  def guard_param(x, y) when is_float(x) do
    try do x + y rescue e -> Report.failed("is_float param", e, __STACKTRACE__) end
  end
  def guard_other(x, y) when is_float(y) do
    try do x + y rescue e -> Report.failed("is_float other param", e, __STACKTRACE__) end
  end
  def guard_case(x, y) do
    case x do
      f when is_float(f) ->
        try do f * y rescue e -> Report.failed("is_float case clause", e, __STACKTRACE__) end
      _ -> :no
    end
  end
  def guard_case_var(x, y) do
    case x do
      f when is_float(f) ->
        try do x * y rescue e -> Report.failed("is_float case subject var", e, __STACKTRACE__) end
      _ -> :no
    end
  end
  def guard_number(x, y) when is_number(x) do
    try do x + y rescue e -> Report.failed("is_number param", e, __STACKTRACE__) end
  end
  def case_direct(c, y) do
    try do
      (case c do
        1 -> 1.5
        _ -> 2.5
      end) + y
    rescue e -> Report.failed("case direct operand", e, __STACKTRACE__) end
  end
  def float_fun(x, y) do
    z = Float.round(x)
    try do z + y rescue e -> Report.failed("Float.round result", e, __STACKTRACE__) end
  end
  def abs_float(y) do
    z = abs(-1.5)
    try do z + y rescue e -> Report.failed("abs float literal", e, __STACKTRACE__) end
  end
  def float_bif(x, y) do
    z = :erlang.float(x)
    w = z + 0.0
    try do w + y rescue e -> Report.failed("float bif chain", e, __STACKTRACE__) end
  end
  def pattern_float(y) do
    {a, _} = {1.5, 2}
    try do a + y rescue e -> Report.failed("tuple pattern float", e, __STACKTRACE__) end
  end
  def guard_and(x, y) when is_float(x) and x > 0 do
    try do x + y rescue e -> Report.failed("is_float and", e, __STACKTRACE__) end
  end
  def guard_or(x, y) when is_float(x) or is_integer(x) do
    try do x + y rescue e -> Report.failed("is_float or", e, __STACKTRACE__) end
  end
  def multi_clause(x, y) when is_float(x), do: (try do x + y rescue e -> Report.failed("multi clause float", e, __STACKTRACE__) end)
  def multi_clause(_x, _y), do: :no
  def case_nested(c, d, y) do
    x = case c do
      1 -> if d, do: 1.5, else: 2.5
      _ -> 3.5
    end
    try do x + y rescue e -> Report.failed("case nested if", e, __STACKTRACE__) end
  end
  def case_raise(c, y) do
    x = case c do
      1 -> 1.5
      _ -> raise "no"
    end
    try do x + y rescue e -> Report.failed("case branch raises", e, __STACKTRACE__) end
  end
  def shadowed(c, y) do
    x = 1.5
    z = case c do
      1 -> 2.5
      x -> x
    end
    try do z + y rescue e -> Report.failed("case clause var shadows float", e, __STACKTRACE__) end
    x
  end
  def two_whens(x, y) when is_float(x) when is_integer(x) do
    try do x + y rescue e -> Report.failed("is_float when is_integer", e, __STACKTRACE__) end
  end
  def unless_float(c, y) do
    x = unless c == 1, do: 1.5, else: 2.5
    try do x * y rescue e -> Report.failed("unless float", e, __STACKTRACE__) end
  end
  def fn_guard(v, y) do
    f = fn
      x when is_float(x) -> (try do x + y rescue e -> Report.failed("fn clause is_float", e, __STACKTRACE__) end)
      _ -> :no
    end
    Enum.map([v], f)
  end
  def receive_guard(y) do
    send(self(), 1.5)
    receive do
      x when is_float(x) -> (try do x - y rescue e -> Report.failed("receive is_float", e, __STACKTRACE__) end)
    end
  end
  def list_pattern(y) do
    [a, b] = [1.5, 2]
    try do a + y rescue e -> Report.failed("list pattern float", e, __STACKTRACE__) end
    try do b + y rescue e -> Report.failed("list pattern integer", e, __STACKTRACE__) end
  end
  def after_guard_clause(x, y) do
    case x do
      f when is_float(f) -> f
      _ -> :no
    end
    try do x + y rescue e -> Report.failed("subject after the case", e, __STACKTRACE__) end
  end
  def block_branch(c, y) do
    x = case c do
      1 ->
        t = 2
        t * 1.5
      _ -> 0.5
    end
    try do x + y rescue e -> Report.failed("block branch float", e, __STACKTRACE__) end
  end
  def cond_mixed(c, y) do
    x = cond do
      c == 1 -> 1.5
      true -> 1
    end
    try do x * y rescue e -> Report.failed("cond mixed", e, __STACKTRACE__) end
  end
end

Cases.case_all_float(1, :a)
Cases.case_mixed(1, :a)
Cases.case_float_exprs(1, :a, 4.0)
Cases.if_float(1, :a)
Cases.if_no_else(1, :a)
Cases.cond_float(1, :a)
Cases.guard_param(1.5, :a)
Cases.guard_other(:a, 1.5)
Cases.guard_case(1.5, :a)
Cases.guard_case_var(1.5, :a)
Cases.guard_number(1.5, :a)
Cases.case_direct(1, :a)
Cases.float_fun(1.5, :a)
Cases.abs_float(:a)
Cases.float_bif(1, :a)
Cases.pattern_float(:a)
Cases.guard_and(1.5, :a)
Cases.guard_or(1.5, :a)
Cases.multi_clause(1.5, :a)
Cases.case_nested(1, true, :a)
Cases.case_raise(1, :a)
Cases.shadowed(2, :a)
Cases.two_whens(1.5, :a)
Cases.unless_float(1, :a)
Cases.fn_guard(1.5, :a)
Cases.receive_guard(:a)
Cases.list_pattern(:a)
Cases.after_guard_clause(1.5, :a)
Cases.block_branch(1, :a)
Cases.cond_mixed(1, :a)
