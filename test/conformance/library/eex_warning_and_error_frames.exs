# EEx frames as Elixir 1.14 prints them: a missing assign's warning names lib/eex/engine.ex:140
# (EEx's app is not loaded: no "(eex ...)" prefix) above erl_eval's frames for `arg = to_string(..)`
# (a match's value, a case's subject); a template's syntax errors name EEx.Compiler.generate_buffer/4
# at Elixir's lines (one frame per enclosing block) and EEx.eval_string/3 at lib/eex.ex:276; an
# unclosed tag is raised by EEx.compile_string/2 (lib/eex.ex:224).
ExUnit.start(autorun: false)

warn = fn src, assigns ->
  ExUnit.CaptureIO.capture_io(:stderr, fn -> IO.inspect(EEx.eval_string(src, assigns: assigns)) end)
end

IO.write(warn.("<%= @missing %>", []))
IO.write(warn.("a <%= @x %> b <%= @y %>", x: 1))
IO.write(warn.("<%= for i <- 1..2 do %><%= i %><%= @w %><% end %>", []))
IO.write(warn.("<%= if @flag do %>yes<% end %>", []))

cases = [
  "<%= if true do %>open",
  "<%= if true do %><%= for x <- [1] do %>deep",
  "<% end %>",
  "<% else %>",
  "<%= 1 + %>",
  "<%= for x <- [1] do %><%= x + %><% end %>",
  "<%= if true do %><%= if true do %><%= 1 + %><% end %><% end %>",
  "<%= unclosed",
  "text <%= case 1 do %><% 1 -> %>one<% 2 -> %>two<% end %> <% end %>"
]

for src <- cases do
  try do
    IO.inspect(EEx.eval_string(src, assigns: []))
  rescue
    e ->
      IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      for entry <- Enum.take(__STACKTRACE__, 4), do: IO.puts("> " <> Exception.format_stacktrace_entry(entry))
  end
end
