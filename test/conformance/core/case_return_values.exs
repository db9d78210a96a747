defmodule Http do
  def status_text(code) do
    case code do
      200 -> "OK"
      201 -> "Created"
      c when c in 300..399 -> "Redirect"
      404 -> "Not Found"
      c when c >= 500 -> "Server Error #{c}"
      _ -> "Other"
    end
  end

  def handle({:ok, %{status: s, body: b}}) when s < 300, do: {:success, byte_size(b)}
  def handle({:ok, %{status: s}}), do: {:failure, status_text(s)}
  def handle({:error, reason}), do: {:failure, inspect(reason)}
end

for c <- [200, 201, 302, 404, 503, 418], do: IO.puts("#{c} #{Http.status_text(c)}")
IO.inspect(Http.handle({:ok, %{status: 200, body: "hello"}}))
IO.inspect(Http.handle({:ok, %{status: 404, body: ""}}))
IO.inspect(Http.handle({:error, :timeout}))
x = case Enum.random([1]) do
  1 = one -> one * 100
end
IO.inspect(x)
