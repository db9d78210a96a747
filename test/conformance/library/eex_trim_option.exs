# EEx's trim: true as Elixir 1.14's tokenizer has it: blanks at the template's end go, blank lines
# before and after a tag become one newline (the next line keeps its indentation), leading blanks
# go only before a first tag, and comments trim too. beamlet kept a final newline, dropped a text
# start's indentation and only trimmed one blank line; found by a real-world report template
cases = [
  "  <%= :trim %>  \n",
  "  hi <%= 1 %>  \n",
  "\n\n  <%= 1 %>\n\n",
  "a\n  <%= 1 %>  \n  \n    b\n",
  "a  \n  \n   <%= 1 %> x   <%= 2 %>   y\n",
  "<%= if true do %>\n  yes\n<% end %>\nafter\n",
  "list:\n<%= for i <- [1, 2] do %>\n  - <%= i %>\n<% end %>\ndone",
  "a <%# comment %> b\n  <%# c2 %>\n  c\n",
  "x\n<%# only %>\n\ny",
  "<%% raw %>\n  <%= 1 %>\n",
  "a\r\n  <%= 1 %>\r\n\r\nb",
  "\t<%= 1 %>\t",
  "end"
]
for c <- cases, do: IO.inspect({c, EEx.eval_string(c, [], trim: true)})
IO.puts(EEx.eval_string("""
<%= for {k, v} <- [a: 1, b: 2] do %>
  <%= k %>: <%= v %>

<% end %>
total
""", [], trim: true))
try do
  EEx.eval_string("line1\n\n  <%= 1 %>\n\n<%= if true do %>", [], trim: true, file: "t.eex")
rescue
  e -> IO.puts(Exception.message(e))
end
