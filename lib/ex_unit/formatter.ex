# ExUnit.Formatter: the text of failures, shared by the CLI formatter and AssertionError.message/1.
# Every line of a failure block is indented by 5 spaces; values and code that span several lines
# are aligned under the first character after their label.
defmodule ExUnit.Formatter do
  @moduledoc false
  @no_value :ex_unit_no_meaningful_value

  # the errors ExUnit reports in full when they end a linked process or a call's server (a raw
  # :function_clause is what a process crashing with one exits with)
  defguardp wrapped_error?(reason)
            when (is_map(reason) and is_map_key(reason, :__struct__) and
                    :erlang.map_get(:__struct__, reason) in [ExUnit.AssertionError, FunctionClauseError]) or
                   reason == :function_clause
  @indent "     "

  @doc "The numbered block for a failed test (formatter: the colour callback; output is plain)."
  def format_test_failure(test, failures, counter, width, _formatter), do: format_test_failure(test, failures, counter, width)

  def format_test_all_failure(test_module, failures, counter, width, _formatter),
    do: format_test_all_failure(test_module, failures, counter, width)

  def format_test_failure(test, failures, counter, width) do
    %{name: name, module: module, tags: tags} = test
    location = "#{Path.relative_to_cwd(to_string(tags.file))}:#{tags.line}"
    head = String.pad_leading("#{counter})", 4) <> " #{name} (#{inspect(module)})\n" <> @indent <> location <> "\n"
    head <> format_failures(failures, test, width)
  end

  @doc "The block for a module whose setup_all (or its on_exit) failed."
  def format_test_all_failure(test_module, failures, counter, width) do
    name = inspect(test_module.name)
    head = String.pad_leading("#{counter})", 4) <> " #{name}: failure on setup_all callback, all tests have been invalidated\n"
    head <> format_failures(failures, nil, width)
  end

  defp format_failures([failure], test, width), do: format_failure(failure, test, width)

  defp format_failures(failures, test, width) do
    failures
    |> Enum.with_index(1)
    |> Enum.map_join(fn {failure, i} ->
      @indent <> "Failure ##{i}\n" <> format_failure(failure, test, width)
    end)
  end

  defp format_failure({:error, %ExUnit.AssertionError{} = error, stack}, test, width) do
    indent_assertion_error(error, width - 5, test_code(error, test, stack)) <> format_stacktrace(stack, test)
  end

  defp format_failure({:error, %FunctionClauseError{} = error, stack}, test, _width) do
    {text, stack} = format_function_clause(error, stack, test)
    text <> format_stacktrace(stack, test)
  end

  defp format_failure({kind, reason, stack}, test, width) do
    case linked_or_trapped_exit(kind, reason) do
      # an assertion or a FunctionClauseError that ended a linked process (or a call's server):
      # reported in full, with its own stack trace, under the exit's header
      {header, wrapped_reason, wrapped_stack} ->
        {text, wrapped_stack} = format_wrapped(Exception.normalize(:error, wrapped_reason, wrapped_stack), wrapped_stack, test, width)
        pad(header) <> pad(text <> format_stacktrace(wrapped_stack, test)) <> format_stacktrace(stack, test)

      :error ->
        {reason, stack} = Exception.blame(kind, reason, stack)
        banner = Exception.format_banner(kind, reason, stack)

        code =
          case find_code(test, stack) do
            nil -> ""
            line -> "\ncode: " <> line
          end

        indent(banner <> code) <> format_stacktrace(stack, test)
    end
  end

  defp linked_or_trapped_exit({:EXIT, pid}, {reason, [_ | _] = stack}) when wrapped_error?(reason) do
    {"** (EXIT from #{inspect(pid)}) an exception was raised:\n", reason, stack}
  end

  defp linked_or_trapped_exit(:exit, {{reason, [_ | _] = stack}, {mod, fun, args}})
       when is_atom(mod) and is_atom(fun) and is_list(args) and wrapped_error?(reason) do
    {"** (exit) exited in: #{Exception.format_mfa(mod, fun, args)}\n   ** (EXIT) an exception was raised:", reason, stack}
  end

  defp linked_or_trapped_exit(_kind, _reason), do: :error

  defp format_wrapped(%ExUnit.AssertionError{} = error, stack, _test, width) do
    {indent_assertion_error(error, width - 5), stack}
  end

  defp format_wrapped(%FunctionClauseError{} = error, stack, test, _width), do: format_function_clause(error, stack, test)

  # as ExUnit: the banner, then the call's arguments (and the clauses tried, where the module has
  # an object file), mismatches marked -like this-
  defp format_function_clause(error, stack, test) do
    {blamed, stack} = Exception.blame(:error, error, stack)
    banner = Exception.format_banner(:error, error)
    blame = FunctionClauseError.blame(blamed, &inspect/1, &blame_match/1)

    code =
      case find_code(test, stack) do
        nil -> ""
        line -> @indent <> "code: " <> line <> "\n"
      end

    {pad(banner) <> "\n" <> pad(String.trim_leading(blame, "\n")) <> code, stack}
  end

  defp blame_match(%{match?: true, node: node}), do: Macro.to_string(node)
  defp blame_match(%{match?: false, node: node}), do: "-" <> Macro.to_string(node) <> "-"

  # every line indented, blank ones too, and a newline at the end
  defp pad(text), do: @indent <> String.replace(text, "\n", "\n" <> @indent) <> "\n"

  defp test_code(%{expr: @no_value}, test, stack), do: find_code(test, stack)
  defp test_code(_error, _test, _stack), do: nil

  @doc "The report of an assertion error, without the block indentation."
  def format_assertion_error(error, width \\ :infinity, code_line \\ nil) do
    error |> assertion_parts(width, code_line) |> Enum.join("\n")
  end

  # the report indented under its test: the blank lines of the assertion's message are padded as
  # the rest of it (ExUnit indents the message line by line), those of the sections after it
  # (a mailbox's entries) are left empty
  defp indent_assertion_error(error, width, code_line \\ nil) do
    parts = assertion_parts(error, width, code_line)

    case {error.message != @no_value, parts} do
      {true, [message]} -> indent(message)
      {true, [message | rest]} -> indent(message) <> indent(Enum.join(rest, "\n"), false)
      _ -> indent(Enum.join(parts, "\n"), false)
    end
  end

  defp assertion_parts(error, width, code_line) do
    # labels are padded to the longest one shown ("right:" beside "left:" and "code:")
    label_width =
      cond do
        error.right != @no_value -> 7
        true -> 6
      end

    [
      if(error.message != @no_value, do: error.message),
      format_pins(error.context),
      if(error.doctest != @no_value, do: "doctest:\n" <> indent_lines(error.doctest, "  ")),
      format_code(error.expr, code_line, label_width, width),
      format_args(error.args, width),
      format_mailbox(error.context, width),
      if(error.left != @no_value, do: String.pad_trailing("left:", label_width) <> format_value(error.left, error.context, label_width, width)),
      if(error.right != @no_value, do: "right: " <> format_value(error.right, nil, label_width, width))
    ]
    |> Enum.reject(&is_nil/1)
  end

  defp format_code(@no_value, nil, _label_width, _width), do: nil
  # the source line of the failing call (an AssertionError raised without expr:), under the same
  # padded label as the others
  defp format_code(@no_value, line, label_width, _width), do: String.pad_trailing("code:", label_width) <> line

  defp format_code(expr, _line, label_width, width) do
    # as ExUnit: the code as Macro.to_string lays it out (98 columns), under its label
    code = if is_binary(expr), do: expr, else: code_text(expr)
    String.pad_trailing("code:", label_width) <> indent_lines(code, String.duplicate(" ", label_width), false)
  end

  # each argument numbered, on lines of their own after a blank line
  defp format_args(@no_value, _width), do: nil

  defp format_args(args, width) do
    entries =
      args
      |> Enum.with_index(1)
      |> Enum.map_join(fn {arg, i} -> "\n    # #{i}\n    " <> format_arg(arg, width) <> "\n" end)

    "arguments:\n" <> entries
  end

  defp format_arg(arg, :infinity), do: arg |> inspect(pretty: true, width: :infinity) |> indent_lines("    ", false)

  defp format_arg(arg, width) do
    arg
    |> inspect(pretty: true, width: width - 9, __nest__: 9)
    |> String.replace("\n" <> @indent, "\n")
  end

  @assertions [:assert, :assert_raise, :assert_receive, :assert_received, :refute, :refute_receive, :refute_received]
  defp code_text({fun, _, [expr]}) when fun in @assertions, do: Atom.to_string(fun) <> " " <> Macro.to_string(expr)
  defp code_text(expr), do: Macro.to_string(expr)

  defp format_value(pattern, {:match, _}, pad, width), do: format_value_code(pattern, pad, width)
  defp format_value(pattern, :match, pad, width), do: format_value_code(pattern, pad, width)

  defp format_value(value, _context, pad, :infinity) do
    value |> inspect(pretty: true, width: :infinity) |> indent_lines(String.duplicate(" ", pad), false)
  end

  # ExUnit nests the value by the whole indentation in front of it (block indent + label) and
  # counts that indentation in the width; the block indent is added back by format_failure.
  defp format_value(value, _context, pad, width) do
    value
    |> inspect(pretty: true, width: width - pad, __nest__: pad + byte_size(@indent))
    |> String.replace("\n" <> @indent, "\n")
  end

  defp format_value_code(pattern, pad, _width) do
    pattern |> Macro.to_string() |> indent_lines(String.duplicate(" ", pad), false)
  end

  defp sub(:infinity, _), do: :infinity
  defp sub(width, n), do: width - n

  defp format_pins({:match, [_ | _] = pins}) do
    "The following variables were pinned:\n" <> Enum.map_join(pins, "\n", fn {name, value} -> "  #{name} = #{inspect(value)}" end)
  end

  defp format_pins(_context), do: nil

  defp format_mailbox({:mailbox, pattern, messages}, width) do
    entries =
      Enum.map_join(messages, "\n\n", fn message ->
        "  pattern: " <> pattern <> "\n  value:   " <> mailbox_value(message, width)
      end)

    "mailbox:\n" <> entries
  end

  defp format_mailbox(_context, _width), do: nil

  # a message behind "  value:   ", laid out as ExUnit does (nested by all the indentation before it)
  @mailbox_pad 11
  defp mailbox_value(message, :infinity), do: inspect(message)

  defp mailbox_value(message, width) do
    message
    |> inspect(pretty: true, width: width - @mailbox_pad, __nest__: @mailbox_pad + byte_size(@indent))
    |> String.replace("\n" <> @indent, "\n")
  end

  # the source line of the deepest frame inside the test itself
  defp find_code(nil, _stack), do: nil

  defp find_code(test, stack) do
    frame =
      Enum.find(stack, fn
        {mod, fun, _, _} -> mod == test.module and fun == test.name
        _ -> false
      end)

    with {_, _, _, location} <- frame,
         line when is_integer(line) <- location[:line],
         file when file != nil <- location[:file],
         {:ok, source} <- File.read(to_string(file)),
         text when is_binary(text) <- Enum.at(String.split(source, "\n"), line - 1) do
      String.trim(text)
    else
      _ -> nil
    end
  end

  defp format_stacktrace([], _test), do: ""

  defp format_stacktrace(stack, test) do
    @indent <> "stacktrace:\n" <> Enum.map_join(stack, fn entry -> @indent <> "  " <> format_entry(entry, test) <> "\n" end)
  end

  defp format_entry({mod, fun, _arity, location}, %{module: mod, name: fun}) do
    "#{location[:file]}:#{location[:line]}: (test)"
  end

  defp format_entry(entry, _test), do: Exception.format_stacktrace_entry(entry)

  # an exception's banner pads its blank lines too; an assertion report leaves them empty
  defp indent(text, pad_blank? \\ true) do
    text
    |> String.split("\n")
    |> Enum.map_join(fn
      "" when not pad_blank? -> "\n"
      line -> @indent <> line <> "\n"
    end)
  end

  defp indent_lines(text, pad, first? \\ true) do
    [first | rest] = String.split(text, "\n")
    Enum.join([if(first?, do: pad <> first, else: first) | Enum.map(rest, &(pad <> &1))], "\n")
  end
end
