# ExUnit.DocTest: `doctest Mod` turns the `iex>` examples of Mod's @moduledoc and @doc texts into
# tests at compile time. Examples separated by a blank line are separate tests; `...>` continues
# an expression; the lines after it, up to a blank line or the next prompt, are the expected
# value, or `** (Error) message` for an expected exception.
defmodule ExUnit.DocTest do
  defmacro doctest(module, opts \\ []) do
    module = Macro.expand(module, __CALLER__)
    line = __CALLER__.line

    unless Code.ensure_loaded?(module) do
      raise CompileError, file: __CALLER__.file, line: line, description: "module #{inspect(module)} is not loaded and could not be found"
    end

    # as Elixir: the documentation comes from the module's object file, which a module defined by
    # a script (.exs) does not have (unless the script wrote its binary to the code path); Elixir
    # finds that out as the test module's body runs
    docs = :beamlet.module_docs(module)

    case docs do
      {file, _, _} when file != "nofile" ->
        if module in :beamlet.script_modules() and not match?({:docs_v1, _, _, _, _, _, _}, Code.fetch_docs(module)),
          do: quote(do: ExUnit.DocTest.__doctests__(unquote(module), unquote(opts))),
          else: doctests(module, docs, opts, line)

      _ ->
        quote(do: ExUnit.DocTest.__doctests__(unquote(module), unquote(opts)))
    end
  end

  defp doctests(module, {file, {moduledoc, moduledoc_line}, functions}, opts, line) do

    only = opts[:only]
    except = opts[:except] || []
    import_? = opts[:import] || false

    function_tests =
      functions
      |> Enum.map(fn {key, doc, line} ->
        [name, arity] = String.split(key, "/")

        # a macro is the function MACRO-name taking the caller's env first: named as written,
        # after the functions (the order of the docs chunk: kind, name, arity)
        case name do
          "MACRO-" <> macro -> {true, {String.to_atom(macro), String.to_integer(arity) - 1}, doc, line}
          _ -> {false, {String.to_atom(name), String.to_integer(arity)}, doc, line}
        end
      end)
      |> Enum.sort()
      |> Enum.flat_map(fn {_macro?, {name, arity} = fa, doc, line} ->
        Enum.map(examples(doc, line), &{fa, "#{inspect(module)}.#{name}/#{arity}", &1})
      end)

    module_tests =
      if moduledoc,
        do: Enum.map(examples(moduledoc, moduledoc_line), &{:moduledoc, "module #{inspect(module)}", &1}),
        else: []

    case filter_tests(module_tests ++ function_tests, only, except) do
      {:ok, tests} ->
        tests =
          tests
          |> Enum.with_index(1)
          |> Enum.map(fn {{_fa, label, exprs}, n} -> test_def(label, exprs, n, line, {module, Path.relative_to_cwd(file)}, import_?) end)

        {:__block__, [], tests}

      {:missing, missing} ->
        # raised by the module's body, where Elixir raises it
        quote(do: ExUnit.DocTest.__undefined_given__(unquote(module), unquote(file), unquote(missing)))
    end
  end

  # as Elixir 1.14: without :only, the tests not in :except; with it, the tests of its functions
  # (each must have some) in reverse order, which is how Elixir numbers them
  defp filter_tests(tests, nil, except), do: {:ok, Enum.reject(tests, fn {fa, _, _} -> fa in except end)}
  defp filter_tests(_tests, [], _except), do: {:ok, []}

  defp filter_tests(tests, only, except) do
    filtered = for {fa, _, _} = test <- tests, fa not in except, fa in only, do: test

    case only -- Enum.map(filtered, &elem(&1, 0)) do
      [] -> {:ok, Enum.reverse(filtered)}
      missing -> {:missing, missing}
    end
  end

  @doc false
  @beamlet_frame_line 308
  def __multiple_exceptions__(module, file, line) do
    message = "multiple exceptions in the same doctest example are not supported, please separate your iex> prompts by multiple newlines to start new examples"
    raise ExUnit.DocTest.Error, module: module, file: file, line: line, message: message
  end

  @doc false
  @beamlet_frame_line 279
  def __undefined_given__(module, file, missing) do
    word = if length(missing) == 1, do: "function", else: "functions"
    functions = Enum.map_join(missing, "\n    ", fn {fun, arity} -> Exception.format_mfa(module, fun, arity) end)
    raise ExUnit.DocTest.Error, module: module, file: file, message: "undefined or private #{word} given to doctest:\n\n    #{functions}\n\n"
  end

  # run by the body of a test module whose doctest found no documentation to read
  @doc false
  @beamlet_frame_line 235
  def __doctests__(module, _opts) do
    # (no tail call: Elixir's frame of this function stays in the trace)
    tests = extract(module)
    tests
  end

  @beamlet_frame_line 513
  defp extract(module) do
    file = with {file, _, _} <- :beamlet.module_docs(module), do: file, else: (_ -> "nofile")
    raise ExUnit.DocTest.Error, module: module, file: file, message: "could not retrieve the documentation for module #{inspect(module)}. The BEAM file of the module cannot be accessed"
  end

  defp test_def(label, exprs, n, line, {tested, file} = module, import?) do
    name = String.to_atom("doctest #{label} (#{n})")
    # doctest M, import: true: the examples call M's functions unqualified
    imports = if import?, do: [quote(do: import(unquote(tested), warn: false))], else: []
    # a failure is reported at the line of the test's first example, as Elixir does
    {_, _, first_line} = hd(exprs)

    # two expected exceptions in one example: raised by the module's body, where Elixir raises it
    if Enum.count(exprs, &match?({_, {:error, _, _}, _}, &1)) > 1,
      do: quote(do: ExUnit.DocTest.__multiple_exceptions__(unquote(tested), unquote(file), unquote(first_line))),
      else: example_test(name, exprs, line, first_line, module, imports)
  end

  defp example_test(name, exprs, line, first_line, {_tested, file} = module, imports) do
    import? = imports != []
    # an expression with no expected value shows with the next one that has (Elixir groups them)
    # (Elixir reads such a group as one piece of code written at the test's first line: an error in
    # it counts its line from there, by the example's place in the group)
    {body, _pending} =
      Enum.map_reduce(exprs, {"", nil}, fn {code, expected, at} = expr, {pending, group_line} ->
        shown = pending <> "iex>" <> String.replace(code, "\n", "\n...>")
        group_line = group_line || at
        next = if expected == :none, do: {shown <> "\n", group_line}, else: {"", nil}
        read_at = first_line + at - group_line
        {[quote(do: Process.put(:ex_unit_doctest_line, unquote(at))), test_expr(expr, shown, module, {first_line, read_at}, import?)], next}
      end)

    quote do
      @ex_unit_tests {unquote(name), unquote(line), nil, @moduletag, [], [], [test_type: :doctest]}
      # the test's code is the examples' (warnings about it name them, as Elixir's)
      @file unquote("(for doctest at) " <> file)
      def unquote(name)(_) do
        try do
          unquote({:__block__, [], imports ++ List.flatten(body)})
        catch
          kind, reason -> ExUnit.DocTest.__reraise__(kind, reason, __STACKTRACE__, __MODULE__, unquote(name), unquote(file))
        end

        :ok
      end
    end
  end

  @doc false
  # an example that raised (not a failed comparison): the test's frame points at the example, as
  # "(for doctest at) FILE:LINE"
  def __reraise__(:error, %ExUnit.AssertionError{} = error, stack, _module, _name, _file), do: :erlang.raise(:error, error, stack)

  def __reraise__(kind, reason, stack, module, name, file) do
    at = [file: String.to_charlist("(for doctest at) " <> file), line: Process.get(:ex_unit_doctest_line)]

    stack =
      Enum.map(stack, fn
        {^module, ^name, arity, _location} -> {module, name, arity, at}
        entry -> entry
      end)

    :erlang.raise(kind, reason, stack)
  end

  @inspected_hint "If you are planning to assert on the result of an iex> expression which contains a value inspected as #Name<...>, please make sure the inspected value is placed at the beginning of the expression; otherwise Elixir will treat it as a comment due to the leading sign #."

  defp test_expr({code, expected, _at}, shown, {module, file}, {line, read_at}, _import?) do
    where = Macro.escape({module, file, line})
    doctest = shown <> if(expected == :none, do: "", else: "\n" <> expected_text(expected))

    # an example that does not parse fails its test when the test reaches it, as Elixir 1.14 says
    # (an example is read at read_at, its expected value as if written at the test's first line, as
    # Elixir does: an error's line counts from there)
    with {:ok, ast} <- parse_example(code, read_at, file),
         {:ok, expected} <- parse_expected(expected, line, file) do
      test_expr(ast, expected, doctest, where)
    else
      {:error, message} -> quote(do: ExUnit.DocTest.__fail__([message: unquote(message), doctest: unquote(doctest)], unquote(where)))
    end
  end

  defp parse_example(code, line, file) do
    {:ok, Code.string_to_quoted!(code, line: line, file: file)}
  rescue
    e -> {:error, "Doctest did not compile, got: (#{inspect(e.__struct__)}) #{Exception.message(e)}"}
  end

  defp parse_expected({:value, text}, line, file) do
    case parse_example(text, line, file) do
      {:ok, ast} ->
        {:ok, {:value, text, ast}}

      # `#Name<...>` after the start of the value is a comment to the parser
      {:error, message} ->
        if Regex.match?(~r/#[\w.]+</, text),
          do: {:error, message <> "\n" <> @inspected_hint},
          else: {:error, message}
    end
  end

  defp parse_expected(expected, _line, _file), do: {:ok, expected}

  defp test_expr(ast, expected, doctest, where) do
    case expected do
      :none ->
        ast

      {:inspect, text} ->
        expr = "inspect(#{Macro.to_string(ast)}) === #{inspect(text)}"

        quote do
          case inspect(unquote(ast)) do
            unquote(text) ->
              :ok

            actual ->
              ExUnit.DocTest.__fail__(
                [message: "Doctest failed", doctest: unquote(doctest), expr: unquote(expr), left: actual, right: unquote(text)],
                unquote(where)
              )
          end
        end

      {:value, text, expected_ast} ->
        expr = "#{Macro.to_string(ast)} === #{text}"

        quote do
          expected = unquote(expected_ast)

          case unquote(ast) do
            ^expected ->
              :ok

            actual ->
              ExUnit.DocTest.__fail__(
                [message: "Doctest failed", doctest: unquote(doctest), expr: unquote(expr), left: actual, right: expected],
                unquote(where)
              )
          end
        end

      {:error, exception, message} ->
        exception = Module.concat([exception])

        quote do
          ExUnit.DocTest.__check_raise__(
            fn -> unquote(ast) end,
            unquote(exception),
            unquote(message),
            unquote(doctest),
            unquote(where)
          )
        end
    end
  end

  defp expected_text({:value, text}), do: text
  defp expected_text({:inspect, text}), do: inspect(text)
  defp expected_text({:error, exception, message}), do: "** (#{exception}) #{inspect(message)}"

  @doc false
  # a failed example is reported at its line in the module's source, as Elixir does
  def __fail__(opts, {module, file, line}) do
    reraise ExUnit.AssertionError.exception(opts), [{module, :__MODULE__, 0, [file: String.to_charlist(file), line: line]}]
  end

  def __check_raise__(fun, exception, message, doctest, where) do
    error =
      try do
        fun.()
        nil
      rescue
        e -> e
      end

    cond do
      error == nil ->
        __fail__([message: "Doctest failed: expected exception #{inspect(exception)} but nothing was raised", doctest: doctest], where)

      error.__struct__ != exception ->
        __fail__([message: "Doctest failed: expected exception #{inspect(exception)} but got #{inspect(error.__struct__)} with message #{inspect(Exception.message(error))}", doctest: doctest], where)

      Exception.message(error) != message ->
        __fail__([message: "Doctest failed: wrong message for #{inspect(exception)}\nexpected:\n  #{inspect(message)}\nactual:\n  #{inspect(Exception.message(error))}", doctest: doctest], where)

      true ->
        :ok
    end
  end

  @doc "The examples of a doc text (set at doc_line): a list of tests, each a list of {code, expected, line}."
  def examples(text, doc_line) do
    {tests, current, expr, _indent} =
      text
      |> String.split("\n")
      |> Enum.with_index(doc_line + 1)
      |> Enum.reduce({[], [], nil, ""}, fn {line, number}, {tests, current, expr, indent} ->
        trimmed = String.trim_leading(line)

        cond do
          prompt = prompt_rest(trimmed, "iex") ->
            # the prompt's indentation is the example's: its expected lines keep what is beyond it
            indent = binary_part(line, 0, byte_size(line) - byte_size(trimmed))
            {tests, push_expr(current, expr), {prompt, [], number}, indent}

          continuation?(trimmed, expr) ->
            {code, [], at} = expr
            {tests, current, {code <> "\n" <> prompt_rest(trimmed, "..."), [], at}, indent}

          # a blank line, or a code fence at the example's indentation, ends the test
          String.trim(trimmed) == "" or fence?(line, indent) ->
            current = push_expr(current, expr)
            {push_test(tests, current), [], nil, indent}

          expr != nil ->
            {code, expected, at} = expr
            {tests, current, {code, [String.trim_trailing(dedent(line, indent)) | expected], at}, indent}

          true ->
            {tests, current, expr, indent}
        end
      end)

    tests |> push_test(push_expr(current, expr)) |> Enum.reverse()
  end

  defp fence?(line, indent), do: String.starts_with?(line, [indent <> "```", indent <> "~~~"])

  # a line without the example's indentation (or without what it has of it)
  defp dedent(line, indent) do
    if String.starts_with?(line, indent),
      do: binary_part(line, byte_size(indent), byte_size(line) - byte_size(indent)),
      else: String.trim_leading(line)
  end

  defp continuation?(line, {_code, [], _at}), do: prompt_rest(line, "...") != nil
  defp continuation?(_line, _expr), do: false

  # "iex> 1 + 1" / "iex(2)> x" -> " 1 + 1" (the text after the prompt, whose columns the
  # example's errors count from, as Elixir's); nil when the line has no such prompt
  defp prompt_rest(line, prefix) do
    with true <- String.starts_with?(line, prefix),
         rest = String.slice(line, String.length(prefix)..-1),
         rest = strip_counter(rest),
         true <- String.starts_with?(rest, ">") do
      String.slice(rest, 1..-1)
    else
      _ -> nil
    end
  end

  defp strip_counter("(" <> rest) do
    case String.split(rest, ")", parts: 2) do
      [_n, after_paren] -> after_paren
      _ -> rest
    end
  end

  defp strip_counter(rest), do: rest

  defp push_expr(current, nil), do: current

  defp push_expr(current, {code, expected_lines, at}) do
    expected =
      case Enum.reverse(expected_lines) do
        [] ->
          :none

        ["** (" <> rest | more] ->
          [exception, message] = String.split(rest, ") ", parts: 2)
          {:error, exception, Enum.join([message | more], "\n")}

        lines ->
          text = Enum.join(lines, "\n")
          # `#Name<...>`: what inspecting the value gives
          if Regex.match?(~r/^#[A-Z][\w.]*</, text), do: {:inspect, text}, else: {:value, text}
      end

    current ++ [{code, expected, at}]
  end

  defp push_test(tests, []), do: tests
  defp push_test(tests, current), do: [current | tests]
end

defmodule ExUnit.DocTest.Error do
  defexception [:message]

  # "FILE: message", FILE the module's source relative to the current directory
  @impl true
  def exception(opts) do
    file = opts |> Keyword.get(:file, "nofile") |> Path.relative_to_cwd()
    line = if opts[:line], do: ":#{opts[:line]}:", else: ":"
    %__MODULE__{message: file <> line <> " " <> Keyword.fetch!(opts, :message)}
  end
end
