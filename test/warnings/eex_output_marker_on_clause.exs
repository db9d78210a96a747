# "<%=" on a template's clause or end tag: EEx warns at the tag's line and column and drops the "="
IO.inspect(EEx.eval_string("<%= if true do %>a<%= end %>", [], file: "page.eex"))
IO.inspect(EEx.eval_string("x\n<%= if false do %>a<%= else %>b<% end %>", [], line: 4))
IO.inspect(EEx.eval_string("<%= case 2 do %><%= 2 -> %>two<% end %>", [], file: "c.eex"))
