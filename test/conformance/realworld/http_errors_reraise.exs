defmodule HTTP.Error do
  defexception [:status, :reason, message: nil]

  @impl true
  def exception(opts) do
    status = Keyword.fetch!(opts, :status)
    reason = Keyword.get(opts, :reason, Plug.reason(status))
    %__MODULE__{status: status, reason: reason, message: "HTTP #{status} #{reason}"}
  end
end

defmodule Plug do
  import Kernel, except: [to_string: 1]
  defguard is_client_error(s) when is_integer(s) and s >= 400 and s < 500
  defguard is_server_error(s) when is_integer(s) and s in 500..599
  defguardp small(n) when n < 10

  @reasons %{400 => "Bad Request", 404 => "Not Found", 418 => "I'm a teapot", 500 => "Internal Server Error", 503 => "Service Unavailable"}
  def reason(s), do: Map.get(@reasons, s, "Unknown")

  def classify(s) when is_client_error(s), do: :client
  def classify(s) when is_server_error(s), do: :server
  def classify(s) when small(s), do: :tiny
  def classify(_), do: :other

  def handle(path) do
    case path do
      "/teapot" -> raise HTTP.Error, status: 418
      "/missing" -> raise HTTP.Error, status: 404, reason: "No such page"
      "/boom" -> raise "kaboom"
      "/exit" -> exit(:gone)
      "/throw" -> throw({:redirect, "/home"})
      _ -> {:ok, 200}
    end
  end
end

defmodule Server do
  require Logger

  def serve(path) do
    try do
      Plug.handle(path)
    rescue
      e in HTTP.Error -> {:error, e.status, Exception.message(e)}
      e in RuntimeError -> wrap(e, __STACKTRACE__)
    catch
      :throw, {:redirect, to} -> {:redirect, to}
      :exit, reason -> {:exited, reason}
    after
      Process.put(:served, [path | Process.get(:served, [])])
    end
  end

  defp wrap(e, stack) do
    try do
      reraise HTTP.Error, [status: 500, reason: e.message], stack
    rescue
      err in HTTP.Error ->
        [{mod, fun, arity, loc} | _] = __STACKTRACE__
        {:error, err.status, "#{err.message} at #{inspect(mod)}.#{fun}/#{arity_of(arity)} line #{loc[:line]}"}
    end
  end

  defp arity_of(a) when is_list(a), do: length(a)
  defp arity_of(a), do: a
end

for path <- ~w(/ /teapot /missing /boom /exit /throw) do
  IO.inspect({path, Server.serve(path)})
end
IO.inspect(Process.get(:served) |> Enum.reverse(), label: "served")
IO.inspect(Enum.map([404, 503, 5, 200, :x], &Plug.classify/1), label: "classify")
e = HTTP.Error.exception(status: 503)
IO.inspect(e)
IO.puts(Exception.format(:error, e, []))
IO.inspect(Exception.exception?(e))
IO.inspect(Exception.format_exit({:shutdown, :x}))
IO.inspect(Exception.format_exit(:normal))
IO.inspect(Exception.format(:throw, :oops, []))
IO.inspect(Exception.message(%KeyError{key: :a, term: %{b: 1}}))
try do
  Map.fetch!(%{b: 1}, :a)
rescue
  err -> IO.puts(Exception.format_banner(:error, err))
end
result =
  try do
    :erlang.binary_to_atom(<<255>>, :utf8)
  rescue
    ArgumentError -> :bad_atom
  end
IO.inspect(result)
raise HTTP.Error, status: 400
