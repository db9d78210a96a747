defmodule :beamlet_macro_expansion do
  @moduledoc false
  # The stack trace of an error raised by a macro that Macro.expand/expand_once ran, as Elixir's
  # elixir_dispatch prunes it: the frames the macro's code added stay, the macro's own frame and
  # everything under it give way to `expanding macro: M.name/arity` and the caller, so the error
  # is normalized as raised by the macro (no clause matching in M.name/arity). Only errors need
  # it: a module fetched on first use in the browser.

  def stacktrace(stacktrace, receiver, name, arity, caller) do
    info = expanding(receiver, name, arity, caller)
    prune(stacktrace, {receiver, String.to_atom("MACRO-" <> Atom.to_string(name)), arity + 1}, caller, info)
  end

  @doc "the frames under those of a macro's own code: `expanding macro: M.name/arity`, the caller"
  def expanding(receiver, name, arity, caller), do: [{receiver, name, arity, [file: 'expanding macro']}, caller_frame(caller)]

  defp prune([{_, _, [caller | _], _} | _], _mfa, caller, info), do: info
  defp prune([{m, f, a, _} | _], {m, f, a}, _caller, info), do: info
  defp prune([{Macro, :expand_macro, 6, _} | _], _mfa, _caller, info), do: info
  defp prune([frame | rest], mfa, caller, info), do: [frame | prune(rest, mfa, caller, info)]
  defp prune([], _mfa, _caller, info), do: info

  defp caller_frame(%{file: file, module: module, function: function, line: line}) do
    location = [file: String.to_charlist(Path.relative_to_cwd(file)), line: line]

    case {module, function} do
      {nil, _} -> {:elixir_compiler_0, :__FILE__, 1, location}
      {module, nil} -> {module, :__MODULE__, 0, location}
      {module, {name, arity}} -> {module, name, arity, location}
    end
  end
end
