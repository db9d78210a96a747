# Custom EEx engines, as people write them: an HTML-escaping engine that delegates to EEx.Engine,
# a tracing engine that shows the callbacks' protocol, one building on EEx.SmartEngine for
# @assigns, and a template that uses @assigns under a plain engine (which leaves @ alone).
defmodule SafeHTML do
  @behaviour EEx.Engine

  @impl true
  def init(opts), do: EEx.Engine.init(opts)
  @impl true
  def handle_begin(state), do: EEx.Engine.handle_begin(state)
  @impl true
  def handle_end(state), do: EEx.Engine.handle_end(state)
  @impl true
  def handle_body(state), do: EEx.Engine.handle_body(state)
  @impl true
  def handle_text(state, meta, text), do: EEx.Engine.handle_text(state, meta, text)

  @impl true
  def handle_expr(state, "=", ast), do: EEx.Engine.handle_expr(state, "=", quote(do: SafeHTML.escape(unquote(ast))))
  def handle_expr(state, marker, ast), do: EEx.Engine.handle_expr(state, marker, ast)

  def escape({:safe, iodata}), do: IO.iodata_to_binary(iodata)
  def escape(value) do
    value
    |> to_string()
    |> String.replace("&", "&amp;")
    |> String.replace("<", "&lt;")
    |> String.replace(">", "&gt;")
    |> String.replace("\"", "&quot;")
  end
end

defmodule Tracing do
  @behaviour EEx.Engine

  @impl true
  def init(opts) do
    IO.puts("init #{inspect(Keyword.take(opts, [:engine, :line]))}")
    EEx.Engine.init(opts)
  end

  @impl true
  def handle_text(state, meta, text) do
    IO.puts("text #{inspect(meta)} #{inspect(text)}")
    EEx.Engine.handle_text(state, meta, text)
  end

  @impl true
  def handle_expr(state, marker, ast) do
    IO.puts("expr #{inspect(marker)} #{Macro.to_string(ast)}")
    EEx.Engine.handle_expr(state, marker, ast)
  end

  @impl true
  def handle_begin(state) do
    IO.puts("begin vars_count=#{state.vars_count}")
    EEx.Engine.handle_begin(state)
  end

  @impl true
  def handle_end(state) do
    quoted = EEx.Engine.handle_end(state)
    IO.puts("end -> " <> (quoted |> Macro.to_string() |> String.replace("\n", "; ")))
    quoted
  end

  @impl true
  def handle_body(state) do
    IO.inspect(state, label: "body state")
    EEx.Engine.handle_body(state)
  end
end

defmodule Upcasing do
  @behaviour EEx.Engine
  @impl true
  defdelegate init(opts), to: EEx.SmartEngine
  @impl true
  defdelegate handle_body(state), to: EEx.SmartEngine
  @impl true
  defdelegate handle_begin(state), to: EEx.SmartEngine
  @impl true
  defdelegate handle_end(state), to: EEx.SmartEngine
  @impl true
  def handle_text(state, meta, text), do: EEx.SmartEngine.handle_text(state, meta, String.upcase(text))
  @impl true
  defdelegate handle_expr(state, marker, expr), to: EEx.SmartEngine
end

page = """
<h1><%= title %></h1>
<%= if items == [] do %>
  <p>nothing</p>
<% else %>
  <ul><%= for i <- items do %><li><%= i %></li><% end %></ul>
<% end %>
<p><%= {:safe, "<b>trusted</b>"} %></p>
"""

IO.puts(EEx.eval_string(page, [title: "Tom & Jerry's <list>", items: ["<a>", "b & c"]], engine: SafeHTML))
IO.puts(EEx.eval_string(page, [title: "Empty", items: []], engine: SafeHTML))

IO.puts(EEx.eval_string("a <%= x %> b\n<% y = x * 2 %><%= if y > 2 do %>big <%= y %><% end %>!", [x: 2], engine: Tracing))
IO.puts(EEx.eval_string("<%= case n do %>\n  <% 1 -> %>one<% _ -> %>many<% end %>", [n: 3], engine: Tracing))

IO.puts(EEx.eval_string("hello <%= @name %>, bye", [assigns: [name: "ann"]], engine: Upcasing))
IO.puts(EEx.eval_string("hi <%= @name %>", [assigns: [name: "bob"]], engine: EEx.SmartEngine))

IO.inspect(EEx.Engine.init([]), label: "init")
IO.inspect(EEx.Engine.handle_assign(quote(do: @title)) |> Macro.to_string(), label: "handle_assign")
IO.inspect(EEx.compile_string("x<%= 1 %>y", engine: EEx.Engine) |> Macro.to_string(), label: "compiled")

defmodule Views do
  require EEx
  EEx.function_from_string(:def, :badge, ~s(<span class="<%= kind %>"><%= label %></span>), [:kind, :label], engine: SafeHTML)
end

IO.puts(Views.badge("warn\"ing", "<3"))

# the deprecated `use EEx.Engine`: overridable callbacks calling super, and text through
# handle_text/2 (EEx calls it when the engine has no handle_text/3)
defmodule Shout do
  use EEx.Engine
  def handle_expr(state, "=", ast), do: super(state, "=", quote(do: String.upcase(to_string(unquote(ast)))))
  def handle_expr(state, marker, ast), do: super(state, marker, ast)
end

IO.inspect(Shout.__info__(:functions), label: "use EEx.Engine defines")
IO.puts(EEx.eval_string("hi <%= name %><%= if loud do %>, <%= \"really\" %><% end %>!", [name: "ann", loud: true], engine: Shout))

# EEx.Engine leaves @name alone: outside a module, that is Kernel's @/1
EEx.eval_string("<%= @name %>", [assigns: [name: "x"]], engine: SafeHTML)
