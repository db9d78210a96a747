# EEx, as scripts use it to render text: eval_string with bindings and assigns (@name), output
# and plain expressions, blocks (for, if/else, case clauses, fn -> ... end), comments, the
# literal <%%, trim: true, function_from_string, and EEx.SyntaxError for a broken template
invoice = """
Invoice <%= @number %> for <%= @customer.name %>
<%# line items %>
<%= for {item, i} <- Enum.with_index(@items, 1) do %>
  <%= i %>. <%= String.pad_trailing(item.name, 10) %> <%= :erlang.float_to_binary(item.qty * item.price, decimals: 2) %>
<% end %>
<% total = Enum.reduce(@items, 0, &(&1.qty * &1.price + &2)) %>
Total: <%= :erlang.float_to_binary(total, decimals: 2) %>
<%= if total > 100 do %>Free shipping!<% else %>Shipping: 4.99<% end %>
Status: <%= case @status do %><% :paid -> %>PAID<% :due -> %>due in <%= @days %> days<% end %>
"""

assigns = [
  number: "2024-017",
  customer: %{name: "Ann Smith"},
  items: [%{name: "pen", qty: 3, price: 1.5}, %{name: "notebook", qty: 2, price: 4.25}],
  status: :due,
  days: 14
]

IO.puts(EEx.eval_string(invoice, assigns: assigns))
IO.puts(EEx.eval_string(invoice, assigns: Keyword.merge(assigns, status: :paid, items: [%{name: "desk", qty: 1, price: 250.0}])))

IO.inspect(EEx.eval_string("Hi <%= name %>, <%= length(tags) %> tags: <%= Enum.join(tags, \", \") %>", name: "bo", tags: ~w(a b)))
IO.inspect(EEx.eval_string("<%= Enum.map([1, 2, 3], fn x -> %>[<%= x * x %>]<% end) %>"))
IO.inspect(EEx.eval_string("<% x = 20 %><%= x + 1 %> <%= nil %>|<%= :ok %>|<%= [?a, \"b\"] %>"))
IO.inspect(EEx.eval_string("<%%= kept %> and <%= 1 + 1 %>"))
IO.inspect(EEx.eval_string("  <%= :a %>  \n\n\n  <%= :b %>\nend\n", [], trim: true))
IO.inspect(EEx.eval_string("line\n  <%= :a %>\n", []))

defmodule Mailer do
  require EEx
  EEx.function_from_string(:def, :greeting, "Dear <%= name %>,\nyour order <%= id %> has shipped.", [:name, :id])
  EEx.function_from_string(:defp, :sig, "-- <%= team %>", [:team])
  def signed(name, id), do: greeting(name, id) <> "\n" <> sig("The Shop")
end

IO.puts(Mailer.signed("Ann", 42))

for broken <- ["a <%= 1", "<%= if true do %>no end", "x <% end %>", "ok <%= for x <- [1] do %><%= x %>"] do
  try do
    EEx.eval_string(broken)
  rescue
    e in EEx.SyntaxError -> IO.puts("#{inspect(broken)}: " <> Exception.message(e))
  end
end
