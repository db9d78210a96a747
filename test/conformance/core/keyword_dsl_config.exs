defmodule Conf do
  def build(opts) do
    base = %{host: "localhost", port: 80, tls: false, paths: []}
    Enum.reduce(opts, base, fn
      {:port, p}, acc when is_integer(p) -> %{acc | port: p}
      {:tls, true}, acc -> %{acc | tls: true, port: if(acc.port == 80, do: 443, else: acc.port)}
      {:path, p}, acc -> %{acc | paths: acc.paths ++ [p]}
      {:host, h}, acc -> %{acc | host: h}
      {k, v}, acc -> Map.update(acc, :unknown, [{k, v}], &(&1 ++ [{k, v}]))
    end)
  end

  def url(%{tls: tls, host: h, port: p}), do: "#{if tls, do: "https", else: "http"}://#{h}:#{p}"
end

c1 = Conf.build(host: "example.com", tls: true, path: "/a", path: "/b")
IO.inspect(c1)
IO.puts(Conf.url(c1))
c2 = Conf.build(port: 8080, tls: true, color: :red)
IO.inspect(c2)
IO.puts(Conf.url(c2))
IO.puts(Conf.url(Conf.build([])))
