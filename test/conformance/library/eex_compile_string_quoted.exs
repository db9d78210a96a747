# EEx.compile_string/2 with the default engine returns the code Elixir 1.14's EEx.Engine makes:
# each <%= %> value bound to argN = String.Chars.to_string(expr) (no line of its own), the text and
# the values in one binary at the end, a block's bodies made the same way; @name reads the assign.
# A comment (<%# %>, <%!-- --%>) is a token of its own between two texts.
templates = [
  {"Hello <%= name %>!", []},
  {"<p><%= @title %></p>\n<%= if @admin do %>admin<% else %><%= @user %><% end %>\n", [line: 10]},
  {"<%= for i <- items do %>  * <%= i %>\n<% end %>", [file: "list.eex"]},
  {"<% x = 1 %><%= case x do %><% 1 -> %>one<% _ -> %>other<% end %>", []},
  {"a <%% b %> <%# comment %>c", []},
  {"x\n  <%!-- a comment\nover lines, with %> in it --%>\n  y <%= 1 %>", []},
  {"x\n  <%!-- a comment --%>\n  y <%= 1 %>", [trim: true]},
  {"  <%= 1 %>  \n  <% 2 %>  \n", [trim: true]}
]

for {source, opts} <- templates do
  quoted = EEx.compile_string(source, opts)
  IO.puts("== " <> inspect(source))
  IO.puts(Macro.to_string(quoted))
  IO.inspect(quoted, structs: false, limit: :infinity, width: 120)
end

IO.puts(EEx.eval_string("<%= for i <- 1..3 do %><%= i * 2 %>,<% end %>"))
IO.puts(EEx.eval_string("<%= @who %> <%= String.upcase(@who) %>", assigns: [who: "ann"]))

try do
  EEx.compile_string("ab\n<%!-- never closed %>")
rescue
  e -> IO.inspect(e)
end
