# ExUnit.CaptureLog: what Logger logs while a function runs, in Logger's console format. While a
# capture is on, Logger's entries (from any process) go to the captures, not to the console.
defmodule ExUnit.CaptureLog do
  @doc "Captures the Logger entries made while `fun` runs (`level:` the least level kept)."
  def capture_log(opts \\ [], fun) do
    {_result, log} = with_log(opts, fun)
    log
  end

  @doc "Runs `fun` capturing its Logger entries as capture_log/2 does; returns `{result, log}`."
  def with_log(opts \\ [], fun) when is_list(opts) do
    {:ok, string_io} = StringIO.open("")

    try do
      ref = Logger.__capture_on__(string_io, Keyword.get(opts, :level), opts)

      try do
        fun.()
      after
        :ok = Logger.flush()
        :ok = Logger.__capture_off__(ref)
      end
    catch
      kind, reason ->
        _ = StringIO.close(string_io)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      result ->
        {:ok, {_input, output}} = StringIO.close(string_io)
        {result, output}
    end
  end
end
