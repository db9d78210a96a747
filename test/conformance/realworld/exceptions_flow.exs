defmodule Config.ParseError do
  defexception [:line, :reason, file: "app.conf"]

  @impl true
  def message(%{file: f, line: l, reason: r}), do: "#{f}:#{l}: #{r}"
end

defmodule RetryError do
  defexception message: "gave up retrying"
end

defmodule NotFound do
  defexception [:key]
  @impl true
  def exception(key) when is_atom(key), do: %__MODULE__{key: key}
  def exception(opts), do: struct!(__MODULE__, opts)
  @impl true
  def message(e), do: "not found: #{inspect(e.key)}"
end

defmodule Conf do
  def parse(text) do
    text
    |> String.split("\n", trim: true)
    |> Enum.with_index(1)
    |> Enum.reject(fn {l, _} -> String.starts_with?(String.trim(l), "#") end)
    |> Enum.map(fn {line, n} ->
      case String.split(line, "=", parts: 2) do
        [k, v] -> {String.trim(k) |> String.to_atom(), String.trim(v)}
        _ -> raise Config.ParseError, line: n, reason: "expected key = value, got #{inspect(line)}"
      end
    end)
  end

  def fetch!(conf, key) do
    case Keyword.fetch(conf, key) do
      {:ok, v} -> v
      :error -> raise NotFound, key
    end
  end

  def with_retry(fun, attempts \\ 3) do
    Enum.reduce_while(1..attempts, nil, fn n, _ ->
      try do
        {:halt, {:ok, fun.(n)}}
      rescue
        e in RuntimeError ->
          IO.puts("attempt #{n} failed: #{e.message}")
          if n == attempts, do: reraise(RetryError, __STACKTRACE__), else: {:cont, nil}
      end
    end)
  end
end

defmodule Main do
  def run do
    conf = Conf.parse("# comment\nhost = localhost\nport=4000\n  name = a=b\n")
    IO.inspect(conf)
    try do
      Conf.parse("ok = 1\nbroken line\n")
    rescue
      e in Config.ParseError ->
        IO.puts(Exception.message(e))
        IO.inspect(e)
    end
    IO.inspect(Conf.fetch!(conf, :port))
    try do
      Conf.fetch!(conf, :user)
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    try do
      raise NotFound, key: :explicit
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(Conf.with_retry(fn n -> if n < 2, do: raise("flaky #{n}"), else: n * 10 end))
    try do
      Conf.with_retry(fn n -> raise "always #{n}" end, 2)
    rescue
      e in RetryError -> IO.puts("final: #{Exception.message(e)}")
    end

    result =
      try do
        throw({:found, 42})
      catch
        :throw, {:found, v} -> {:thrown, v}
      else
        v -> {:normal, v}
      after
        IO.puts("after runs")
      end
    IO.inspect(result)

    r2 =
      try do
        :ok
      rescue
        _ -> :rescued
      else
        :ok -> :else_branch
      after
        IO.puts("after 2")
      end
    IO.inspect(r2)

    IO.inspect(catch_exit(fn -> exit(:shutdown) end))
    IO.inspect(catch_kind(fn -> :erlang.error(:badarg) end))
    IO.inspect(catch_kind(fn -> 1 / zero() end))
    IO.inspect(catch_kind(fn -> Map.fetch!(%{}, :k) end))
    IO.inspect(catch_kind(fn -> String.to_integer("12x") end))
    IO.inspect(catch_kind(fn -> List.first(:not_a_list) end))
    IO.inspect(catch_kind(fn -> apply(Enum, :nope, [1]) end))
    IO.inspect(catch_kind(fn -> elem({1}, 5) end))
    IO.inspect(catch_kind(fn -> <<_::8>> = <<1, 2>> end))
    IO.inspect(catch_kind(fn -> case zero() do 1 -> :one end end))
    IO.inspect(catch_kind(fn -> cond do zero() == 1 -> :x end end))
    IO.inspect(catch_kind(fn -> with {:ok, x} <- {:err, 1}, do: x, else: ({:ok, _} -> :never) end))
    IO.inspect(catch_kind(fn -> raise ArgumentError end))
    IO.inspect(catch_kind(fn -> raise KeyError, key: :a, term: %{b: 1} end))
    IO.inspect(catch_kind(fn -> Integer.parse(nil) end))
    IO.inspect(catch_kind(fn -> Enum.at(nil, 1) end))
    IO.inspect(catch_kind(fn -> :ok = :error end))
    IO.inspect(catch_kind(fn -> String.Chars.to_string({1, 2}) end))
    IO.inspect(catch_kind(fn -> Code.eval_string("1 +") end))
    IO.inspect(catch_kind(fn -> Code.eval_string("x + 1") end))
    e = RuntimeError.exception("boom")
    IO.puts(Exception.format(:error, e, []))
    IO.puts(Exception.format(:throw, :ball, []))
    IO.puts(Exception.format(:exit, {:shutdown, :x}, []))
    IO.puts(Exception.format_banner(:error, :badarg))
    IO.inspect(Exception.normalize(:error, :badarith, []))
    IO.inspect(Exception.exception?(e))
    IO.puts(Exception.message(%Config.ParseError{line: 3, reason: "x"}))
    raise Config.ParseError, line: 99, reason: "fatal at end"
  end

  defp zero, do: 0

  defp catch_kind(fun) do
    try do
      fun.()
    rescue
      e -> {:rescue, e.__struct__, Exception.message(e)}
    catch
      kind, value -> {kind, value}
    end
  end

  defp catch_exit(fun) do
    try do
      fun.()
    catch
      :exit, reason -> {:exit, reason}
    end
  end
end

Main.run()
