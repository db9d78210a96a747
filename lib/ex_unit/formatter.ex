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

  # the formatter a caller gives none: no colours, no diff, a clause's mismatches marked -like this-
  defp plain(:diff_enabled?, _), do: false
  defp plain(:blame_diff, text), do: "-" <> text <> "-"
  defp plain(_key, text), do: text

  @doc """
  The numbered block for a failed test. `formatter.(key, text)` colours its parts (keys
  :error_info, :extra_info, :location_info, :diff_delete, :diff_insert and their _whitespace,
  :blame_diff); `formatter.(:diff_enabled?, false)` says whether compared sides are diffed.
  """
  def format_test_failure(test, failures, counter, width, formatter \\ &plain/2) do
    %{name: name, module: module, tags: tags} = test
    location = "#{Path.relative_to_cwd(to_string(tags.file))}:#{tags.line}"
    head = String.pad_leading("#{counter})", 4) <> " #{name} (#{inspect(module)})\n" <> @indent <> formatter.(:location_info, location) <> "\n"
    head <> format_failures(failures, test, width, formatter)
  end

  @doc "The `Excluding tags: ...` / `Including tags: ...` line of the filters."
  def format_filters(filters, :exclude), do: "Excluding tags: #{inspect(filters)}"
  def format_filters(filters, :include), do: "Including tags: #{inspect(filters)}"

  @doc "The `Finished in ...` line of a run's and loading's microseconds (`load` nil: none)."
  def format_time(run, load), do: format_times(%{run: run, load: load, async: nil})

  @doc "The `Finished in ...` line of the times (microseconds) in %{run:, load:, async:}."
  def format_times(%{run: run, load: load, async: async}) do
    run_cs = centiseconds(run)
    async_cs = centiseconds(async)
    load_part = if load, do: "#{format_cs(centiseconds(load))}s on load, ", else: ""
    "Finished in #{format_cs(run_cs + centiseconds(load))} seconds (#{load_part}#{format_cs(async_cs)}s async, #{format_cs(run_cs - async_cs)}s sync)"
  end

  defp centiseconds(nil), do: 0
  defp centiseconds(us), do: div(us, 10_000)

  @doc false
  # seconds with one decimal, or two below a tenth, as ExUnit prints them
  def __format_seconds__(us), do: format_cs(centiseconds(us))

  defp format_cs(cs) when cs < 10, do: "0.0#{cs}"
  defp format_cs(cs), do: "#{div(cs, 100)}.#{rem(div(cs, 10), 10)}"

  @doc false
  # (deprecated, as format_test_all_failure/5)
  def format_test_case_failure(test_case, failures, counter, width, formatter) do
    format_test_all_failure(test_case, failures, counter, width, formatter)
  end

  @doc "The block for a module whose setup_all (or its on_exit) failed."
  def format_test_all_failure(test_module, failures, counter, width, formatter \\ &plain/2) do
    name = inspect(test_module.name)
    head = String.pad_leading("#{counter})", 4) <> " #{name}: failure on setup_all callback, all tests have been invalidated\n"
    head <> format_failures(failures, nil, width, formatter)
  end

  defp format_failures([failure], test, width, f), do: format_failure(failure, test, width, f)

  defp format_failures(failures, test, width, f) do
    failures
    |> Enum.with_index(1)
    |> Enum.map_join(fn {failure, i} ->
      @indent <> "Failure ##{i}\n" <> format_failure(failure, test, width, f)
    end)
  end

  defp format_failure({:error, %ExUnit.AssertionError{} = error, stack}, test, width, f) do
    indent_assertion_error(error, width - 5, test_code(error, test, stack), f) <> format_stacktrace(stack, test, f)
  end

  defp format_failure({:error, %FunctionClauseError{} = error, stack}, test, _width, f) do
    {text, stack} = format_function_clause(error, stack, test, f)
    text <> format_stacktrace(stack, test, f)
  end

  defp format_failure({kind, reason, stack}, test, width, f) do
    case linked_or_trapped_exit(kind, reason) do
      # an assertion or a FunctionClauseError that ended a linked process (or a call's server):
      # reported in full, with its own stack trace, under the exit's header
      {header, wrapped_reason, wrapped_stack} ->
        {text, wrapped_stack} = format_wrapped(Exception.normalize(:error, wrapped_reason, wrapped_stack), wrapped_stack, test, width, f)
        pad(f.(:error_info, header)) <> pad(text <> format_stacktrace(wrapped_stack, test, f)) <> format_stacktrace(stack, test, f)

      :error ->
        {reason, stack} = Exception.blame(kind, reason, stack)
        banner = Exception.format_banner(kind, reason, stack)

        code =
          case find_code(test, stack) do
            nil -> ""
            line -> "\n" <> f.(:extra_info, "code: ") <> line
          end

        indent(f.(:error_info, banner) <> code) <> format_stacktrace(stack, test, f)
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

  defp format_wrapped(%ExUnit.AssertionError{} = error, stack, _test, width, f) do
    {indent_assertion_error(error, width - 5, nil, f), stack}
  end

  defp format_wrapped(%FunctionClauseError{} = error, stack, test, _width, f), do: format_function_clause(error, stack, test, f)

  # as ExUnit: the banner, then the call's arguments (and the clauses tried, where the module has
  # an object file), mismatches marked -like this-
  defp format_function_clause(error, stack, test, f) do
    {blamed, stack} = Exception.blame(:error, error, stack)
    banner = Exception.format_banner(:error, error)
    blame = FunctionClauseError.blame(blamed, &inspect/1, &blame_match(&1, f))

    code =
      case find_code(test, stack) do
        nil -> ""
        line -> @indent <> f.(:extra_info, "code: ") <> line <> "\n"
      end

    {pad(f.(:error_info, banner)) <> "\n" <> pad(String.trim_leading(blame, "\n")) <> code, stack}
  end

  defp blame_match(%{match?: true, node: node}, _f), do: Macro.to_string(node)
  defp blame_match(%{match?: false, node: node}, f), do: f.(:blame_diff, Macro.to_string(node))

  # every line indented, blank ones too, and a newline at the end
  defp pad(text), do: @indent <> String.replace(text, "\n", "\n" <> @indent) <> "\n"

  defp test_code(%{expr: @no_value}, test, stack), do: find_code(test, stack)
  defp test_code(_error, _test, _stack), do: nil

  @doc "The report of an assertion error, without the block indentation."
  def format_assertion_error(error, width \\ :infinity, code_line \\ nil) do
    error |> assertion_parts(width, code_line, &plain/2) |> Enum.join("\n")
  end

  # the report indented under its test: the blank lines of the assertion's message are padded as
  # the rest of it (ExUnit indents the message line by line), those of the sections after it
  # (a mailbox's entries) are left empty
  defp indent_assertion_error(error, width, code_line, f) do
    parts = assertion_parts(error, width, code_line, f)

    case {error.message != @no_value, parts} do
      {true, [message]} -> indent(message)
      {true, [message | rest]} -> indent(message) <> indent(Enum.join(rest, "\n"), false)
      _ -> indent(Enum.join(parts, "\n"), false)
    end
  end

  defp assertion_parts(error, width, code_line, f) do
    # labels are padded to the longest one shown ("right:" beside "left:" and "code:")
    label_width =
      cond do
        error.right != @no_value -> 7
        true -> 6
      end

    label = fn text -> f.(:extra_info, String.pad_trailing(text, label_width)) end
    {left, right} = format_sides(error, label_width, width, f)

    [
      format_message(error.message, format_pins(error.context), f),
      if(error.doctest != @no_value, do: f.(:extra_info, "doctest:") <> "\n" <> indent_lines(error.doctest, "  ")),
      format_code(error.expr, code_line, label_width, f),
      format_args(error.args, width, f),
      format_mailbox(error.context, error.left, width, f),
      if(left, do: label.("left:") <> left),
      if(right, do: f.(:extra_info, "right: ") <> right)
    ]
    |> Enum.reject(&is_nil/1)
  end

  # the message and the pins under it, in the error's colour
  defp format_message(@no_value, nil, _f), do: nil
  defp format_message(@no_value, pins, _f), do: pins
  defp format_message(message, nil, f), do: f.(:error_info, message)
  defp format_message(message, pins, f), do: f.(:error_info, message <> "\n" <> pins)

  # with colours, the two sides compared are diffed (on one line each); else laid out as inspect does
  defp format_sides(%{left: left, right: right, context: context}, label_width, width, f) do
    cond do
      match?({:mailbox, _, _}, context) ->
        {nil, nil}

      left != @no_value and right != @no_value and f.(:diff_enabled?, false) ->
        {l, r} = ExUnit.Diff.sides(left, right, diff_context(context), f, sub(width, label_width), label_width + byte_size(@indent))
        pad = "\n" <> String.duplicate(" ", label_width)
        {String.replace(l, "\n", pad), String.replace(r, "\n", pad)}

      true ->
        {if(left != @no_value, do: format_value(left, context, label_width, width)),
         if(right != @no_value, do: format_value(right, nil, label_width, width))}
    end
  end

  defp diff_context({:match, pins}), do: {:match, pins}
  defp diff_context(:match), do: {:match, []}
  defp diff_context(context), do: context

  defp format_code(@no_value, nil, _label_width, _f), do: nil
  # the source line of the failing call (an AssertionError raised without expr:), under the same
  # padded label as the others
  defp format_code(@no_value, line, label_width, f), do: f.(:extra_info, String.pad_trailing("code:", label_width)) <> line

  defp format_code(expr, _line, label_width, f) do
    # as ExUnit: the code as Macro.to_string lays it out (98 columns), under its label
    code = if is_binary(expr), do: expr, else: code_text(expr)
    f.(:extra_info, String.pad_trailing("code:", label_width)) <> indent_lines(code, String.duplicate(" ", label_width), false)
  end

  # each argument numbered, on lines of their own after a blank line
  defp format_args(@no_value, _width, _f), do: nil

  defp format_args(args, width, f) do
    entries =
      args
      |> Enum.with_index(1)
      |> Enum.map_join(fn {arg, i} -> "\n    # #{i}\n    " <> format_arg(arg, width) <> "\n" end)

    f.(:extra_info, "arguments:") <> "\n" <> entries
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

  @mailbox_pad 11
  # each message against the asserted pattern: diffed with colours, else as inspect lays it out
  defp format_mailbox({:mailbox, pins, messages}, pattern, width, f) do
    entries =
      Enum.map_join(messages, "\n\n", fn message ->
        {shown, value} = mailbox_entry(pattern, pins, message, width, f)
        "  " <> f.(:extra_info, "pattern: ") <> shown <> "\n  " <> f.(:extra_info, "value:   ") <> value
      end)

    f.(:extra_info, "mailbox:") <> "\n" <> entries
  end

  defp format_mailbox(_context, _expr, _width, _f), do: nil

  defp mailbox_entry(pattern, pins, message, width, f) do
    if f.(:diff_enabled?, false) do
      {l, r} = ExUnit.Diff.sides(pattern, message, {:match, pins}, f, sub(width, @mailbox_pad), @mailbox_pad + byte_size(@indent))
      pad = "\n" <> String.duplicate(" ", @mailbox_pad)
      {String.replace(l, "\n", pad), String.replace(r, "\n", pad)}
    else
      {Macro.to_string(pattern), mailbox_value(message, width)}
    end
  end

  # a message behind "  value:   ", laid out as ExUnit does (nested by all the indentation before it)
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

  defp format_stacktrace([], _test, _f), do: ""

  defp format_stacktrace(stack, test, f) do
    @indent <> f.(:extra_info, "stacktrace:") <> "\n" <> Enum.map_join(stack, fn entry -> @indent <> "  " <> format_entry(entry, test) <> "\n" end)
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
