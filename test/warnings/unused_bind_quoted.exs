# quote's options are code: bind_quoted: [x: x] reads x (only the body is quoted); a variable
# read nowhere else still warns
defmodule R do
  def route(verb, path, body) do
    quote bind_quoted: [verb: verb, path: path, body: Macro.escape(body, unquote: true)] do
      {verb, path, body}
    end
  end

  def located(line, unused) do
    quote line: line, do: :ok
  end

  def plain(x) do
    quote unquote: false, do: unquote(x)
  end
end

IO.inspect(R.route(1, 2, 3))
IO.inspect(R.located(7, 0))
