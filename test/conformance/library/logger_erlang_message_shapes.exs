# :logger's level functions and log/2,3,4 tell a format, a report and a string apart as OTP 25
# does, once the level lets the entry through: an atom format, a binary format, a list of tuples
# as a report, any list as a string (one that is no chardata is logged as Elixir's handler's
# ArgumentError message), a one-arity fun with its argument; anything else (a number, a zero-arity
# fun, {:report, map}, a format whose arguments are no list, metadata that is no map) fails
require Logger

try_log = fn label, f ->
  result =
    try do
      f.()
    catch
      kind, %{__struct__: s} -> {kind, s}
      kind, reason -> {kind, reason}
    end

  Logger.flush()
  IO.puts("#{label}: #{inspect(result)}")
end

try_log.(1, fn -> :logger.warning(:atom_alone) end)
try_log.(2, fn -> :logger.warning(5) end)
try_log.(3, fn -> :logger.warning([a: 1]) end)
try_log.(4, fn -> :logger.warning([{1, 2}, :x]) end)
try_log.(5, fn -> :logger.warning({:atom_format, [1]}) end)
try_log.(6, fn -> :logger.warning({"binary ~p", [1]}) end)
try_log.(7, fn -> :logger.warning({'x', :not_a_list}) end)
try_log.(8, fn -> :logger.warning([]) end)
try_log.(9, fn -> :logger.warning("a ~p", [1]) end)
try_log.(10, fn -> :logger.warning(5, %{}) end)
try_log.(11, fn -> :logger.warning(fn n -> "lazy #{n}" end, 1) end)
try_log.(12, fn -> :logger.warning("x", %{a: 1}) end)
try_log.(13, fn -> :logger.warning("x", 5) end)
try_log.(14, fn -> :logger.warning("x ~p", [1], 5) end)
try_log.(15, fn -> :logger.log(:bad, "x") end)
try_log.(16, fn -> :logger.warning(%{b: 2, a: 1}) end)
try_log.(17, fn -> :logger.warning({:report, %{a: 1}}) end)
try_log.(18, fn -> :logger.warning(['a', "b", ?c]) end)
try_log.(19, fn -> :logger.warning(['a', :b]) end)
try_log.(20, fn -> :logger.warning(fn -> "zero arity" end) end)
try_log.(21, fn -> :logger.warning({fn x -> x end, "from a fun"}) end)
try_log.(22, fn -> :logger.warning([[a: 1]]) end)
try_log.(23, fn -> :logger.log(:warning, fn _ -> {"~p and ~p", [1, 2]} end, :arg) end)
try_log.(24, fn -> :logger.log(:warning, fn _ -> :ignore end, :arg) end)
try_log.(25, fn -> :logger.log(:warning, fn _ -> "x" end, :arg, 5) end)
try_log.(26, fn -> :logger.debug(5) end)
try_log.(27, fn -> Logger.warning(['a', :b]) end)
try_log.(28, fn -> Logger.bare_log(:bogus, "x") end)
