# Logger.configure(truncate: n) cuts a message as Elixir's Logger.Utils.truncate_n does: a binary
# at n bytes, a chardata list element by element (each code point by its UTF-8 size, the element
# that goes past n still kept); backends get the message's own chardata (an :io_lib format's
# nesting as its build_text makes it), truncated
defmodule B do
  @behaviour :gen_event
  def init(_), do: {:ok, nil}

  def handle_event({_l, _gl, {Logger, msg, _ts, _md}}, s) do
    IO.inspect(msg, label: "backend")
    IO.puts(msg)
    {:ok, s}
  end

  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :ok, s}
end

require Logger
Logger.remove_backend(:console)
Logger.add_backend(B)
Logger.warning('abc')
Logger.warning(["ab", ?c, 'd'])
:logger.warning('x ~p ~s ~w', [[1], "cd", {:a, 'b'}])
:logger.warning('x ~lp ~5p ~P', ['ab', [1, 2], Enum.to_list(1..10), 3])
Logger.flush()
Logger.configure(truncate: 30)
Logger.warning(String.to_charlist(String.duplicate("xy", 40)))
Logger.warning(["ab", String.duplicate("xy", 40)])
Logger.warning(["ab", String.duplicate("é", 40)])
Logger.warning(String.duplicate("é", 40))
Logger.warning([?a, String.duplicate("é", 14), ?b, ?c])
Logger.warning([?a, String.duplicate("é", 14), ?b])
Logger.warning(String.duplicate("x", 30))
Logger.warning([String.duplicate("x", 30)])
Logger.warning(String.to_charlist(String.duplicate("x", 30)))
Logger.warning(String.to_charlist(String.duplicate("x", 31)))
:logger.warning('x ~s', [String.duplicate("ab", 40)])
:logger.warning('x ~p ~s', [String.duplicate("ab", 40), "cd"])
:logger.warning('long ~p and ~s', [Enum.to_list(1..100), String.duplicate("ab", 40)])
:logger.warning('~w', [Enum.to_list(1..40)])
:logger.warning('~ts', ['é€' ++ String.to_charlist(String.duplicate("é", 40))])
:logger.warning(String.duplicate("q", 40))
:logger.warning(~c"qq" ++ String.to_charlist(String.duplicate("q", 40)))
:logger.warning(%{a: String.duplicate("q", 40)})
Logger.warning(fn -> String.to_charlist(String.duplicate("w", 40)) end)
Logger.flush()
Logger.configure(truncate: 0)
Logger.warning("abc")
Logger.warning('abc')
Logger.warning('')
Logger.warning("")
Logger.flush()
