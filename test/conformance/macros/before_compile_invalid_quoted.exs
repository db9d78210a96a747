# a @before_compile hook's code holding a term that is no quoted code: outside any definition it
# is refused as the hook's result is expanded (nothing of it runs); inside a def it is refused
# only as that def is stored, after the code before it ran (the frames of erl_eval running it)
defmodule Hooks do
  defmacro body_value(_env) do
    quote do
      def f, do: unquote(%{a: 1})
    end
  end

  defmacro in_list_after_output(_env) do
    quote do
      IO.puts("ran before the def")
      def g, do: 1
      def f, do: [1, unquote({:a, :b, :c, :d})]
    end
  end

  defmacro not_last(_env) do
    quote do
      def f, do: unquote(%{a: 1})
      def g, do: 1
    end
  end

  defmacro in_head(_env) do
    quote do
      def f(unquote(%{a: 1})), do: 1
    end
  end

  defmacro deep(_env) do
    rules = [name: [required: true], email: [format: ~r/@/]]

    quote do
      def rules, do: unquote(rules)
      def other, do: 2
    end
  end

  defmacro outside(_env) do
    quote do
      IO.puts("never printed")
      IO.inspect(unquote(%{b: 2}))
    end
  end
end

show = fn e, st ->
  IO.puts(e.description |> String.split("\n") |> hd())
  st
  |> Enum.map(fn {m, f, a, loc} -> {m, f, a, Keyword.take(loc, [:line]), Path.basename(to_string(loc[:file]))} end)
  |> IO.inspect()
end

for hook <- [:body_value, :in_list_after_output, :not_last, :in_head, :deep, :outside] do
  IO.puts("== #{hook}")

  try do
    Code.eval_quoted(
      quote do
        defmodule Target do
          @before_compile {Hooks, unquote(hook)}
        end
      end,
      [],
      file: "before_compile_invalid_quoted.exs",
      line: 70
    )
  rescue
    e -> show.(e, __STACKTRACE__)
  end
end

defmodule Validator do
  defmacro __using__(_) do
    quote do
      import Validator
      Module.register_attribute(__MODULE__, :validations, accumulate: true)
      @before_compile Validator
    end
  end

  defmacro validate(field, rules) do
    quote do
      @validations {unquote(field), unquote(rules)}
    end
  end

  defmacro __before_compile__(env) do
    quote do
      def validations, do: unquote(Module.get_attribute(env.module, :validations))
    end
  end
end

defmodule User do
  use Validator
  validate :name, required: true
  validate :email, format: ~r/@/
end
