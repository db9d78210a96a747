# An EEx engine written with the deprecated `use EEx.Engine` (its handle_text/2 is no callback of
# EEx.Engine, so handle_text/3 is reported missing), and one declaring the behaviour with too few
# callbacks. The templates still render: EEx calls handle_text/2 when an engine has no /3.
defmodule ShoutEngine do
  use EEx.Engine

  def handle_expr(state, "=", ast), do: super(state, "=", quote(do: String.upcase(to_string(unquote(ast)))))
  def handle_expr(state, marker, ast), do: super(state, marker, ast)
end

defmodule HalfEngine do
  @behaviour EEx.Engine
  def init(opts), do: EEx.Engine.init(opts)
  def handle_body(state), do: EEx.Engine.handle_body(state)
end

IO.inspect(ShoutEngine.__info__(:functions))
IO.puts(EEx.eval_string("hi <%= name %><%= if loud do %>, <%= \"really\" %><% end %>!", [name: "ann", loud: true], engine: ShoutEngine))
