defmodule Http do
  @defaults [method: :get, timeout: 5000, headers: []]

  def request(url, opts \\ []) do
    opts = Keyword.merge(@defaults, opts)
    {method, opts} = Keyword.pop(opts, :method)
    validate!(opts)
    "#{method |> Atom.to_string() |> String.upcase()} #{url} timeout=#{opts[:timeout]} headers=#{inspect(opts[:headers])}"
  end

  defp validate!(opts) do
    case Keyword.validate(opts, [:timeout, :headers]) do
      {:ok, _} -> :ok
      {:error, bad} -> raise ArgumentError, "unknown options #{inspect(bad)}"
    end
  end
end

IO.puts(Http.request("/a"))
IO.puts(Http.request("/b", method: :post, timeout: 100))
IO.puts(Http.request("/c", headers: [{"accept", "json"}]))
try do
  Http.request("/d", retries: 3)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(Keyword.split([a: 1, b: 2, c: 3], [:a, :c]))
IO.inspect(Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}]))
IO.inspect(Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]))
IO.inspect(Keyword.replace([a: 1, a: 2], :a, 9))
