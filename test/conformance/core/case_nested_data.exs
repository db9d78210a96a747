defmodule Router do
  def route(%{method: "GET", path: ["users"]}), do: {200, "list users"}
  def route(%{method: "GET", path: ["users", id]}), do: {200, "show user #{id}"}
  def route(%{method: "POST", path: ["users"], body: %{"name" => name}}) when byte_size(name) > 0, do: {201, "created #{name}"}
  def route(%{method: "POST", path: ["users"]}), do: {422, "name required"}
  def route(%{method: "DELETE", path: ["users", id]}) do
    case Integer.parse(id) do
      {n, ""} when n > 0 -> {204, ""}
      _ -> {400, "bad id"}
    end
  end
  def route(%{method: m}) when m not in ["GET", "POST", "DELETE"], do: {405, "method not allowed"}
  def route(_), do: {404, "not found"}
end

reqs = [
  %{method: "GET", path: ["users"]},
  %{method: "GET", path: ["users", "7"]},
  %{method: "POST", path: ["users"], body: %{"name" => "zed"}},
  %{method: "POST", path: ["users"], body: %{"name" => ""}},
  %{method: "DELETE", path: ["users", "3"]},
  %{method: "DELETE", path: ["users", "x"]},
  %{method: "PATCH", path: ["users"]},
  %{method: "GET", path: ["nothing", "here"]}
]
for r <- reqs do
  {status, body} = Router.route(r)
  IO.puts("#{r.method} /#{Enum.join(r.path, "/")} -> #{status} #{body}")
end
