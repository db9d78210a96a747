# EEx with a broken Elixir expression in a block's tags: the block's start, clauses and end are
# parsed together, as Elixir's EEx does, so the error names the place in the template and shows
# the block's code with a placeholder for its text, not the generated buffer; an expression
# standing alone inside a block is parsed by itself; order of errors follows the template
templates = [
  "<%= if 1 + do %>x<% end %>",
  "<%= if true do %>x<% end ) %>",
  "<%= case 1 do %><% 1 + -> %>x<% end %>",
  "<%= case 1 do %>\n  <% 1 + -> %>x<% end %>",
  "<%= if true do %>\n<%= [ %>\n<% end %>",
  "<%= Enum.map([1], fn x -> %><%= x %><% end %>",
  "<%= if true do %>a<% else %>b<% end ] %>",
  "<%= if true do %>a\n\n<% else %>b\n<% end ] %>",
  "<%= cond do %><% true -> %>a<% :x + -> %>b<% end %>",
  "<% end %><%= 1 + %>",
  "<%= 1 + %><% end %>",
  "<%= if true do %><%= 1 + %>",
  "x <%= for y <- [1 do %><%= y %><% end %>",
  "<%= foo(1, do %>x<% end %>",
  "<%= for x <- [1, do %><%= x %><% end %>",
  "<%= Enum.map([1], fn do %>x<% end %>",
  "<%= if true do %>a<% else ) %>b<% end %>",
  "<%= if true do %>a<% else x %>b<% end %>",
  "<%= try do %>a<% catch ) %>b<% end %>",
  "<%= if false do %>a<% else %>b<% end %>",
]

for t <- templates do
  try do
    EEx.eval_string(t, [x: 1], file: "tpl.eex", line: 3) |> IO.inspect()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end

  try do
    EEx.compile_string(t)
    IO.puts("compiled")
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

EEx.eval_string("a\n<%= case 2 do %>\n<% 2 -> %><%= :ok %>\n<% 3 ) -> %>\n<% end %>")
