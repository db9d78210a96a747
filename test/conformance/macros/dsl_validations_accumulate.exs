defmodule Validate do
  defmacro __using__(_opts) do
    quote do
      import Validate
      Module.register_attribute(__MODULE__, :validations, accumulate: true)
      @before_compile Validate
    end
  end

  defmacro validate(field, rules) do
    quote bind_quoted: [field: field, rules: rules] do
      for {rule, arg} <- rules do
        @validations {field, rule, arg}
      end
    end
  end

  defmacro __before_compile__(_env) do
    quote do
      def validations, do: Enum.reverse(@validations)
      def valid?(data), do: errors(data) == []
      def errors(data) do
        validations()
        |> Enum.flat_map(fn {field, rule, arg} ->
          value = Map.get(data, field)
          case Validate.check(rule, arg, value) do
            :ok -> []
            {:error, msg} -> [{field, msg}]
          end
        end)
      end
    end
  end

  def check(:required, true, nil), do: {:error, "can't be blank"}
  def check(:required, _, _), do: :ok
  def check(:length, opts, v) when is_binary(v) do
    len = String.length(v)
    cond do
      opts[:min] && len < opts[:min] -> {:error, "should be at least #{opts[:min]} character(s)"}
      opts[:max] && len > opts[:max] -> {:error, "should be at most #{opts[:max]} character(s)"}
      true -> :ok
    end
  end
  def check(:length, _, _), do: :ok
  def check(:format, re, v) when is_binary(v) do
    if Regex.match?(re, v), do: :ok, else: {:error, "has invalid format"}
  end
  def check(:format, _, _), do: :ok
  def check(:inclusion, list, v) do
    if v in list, do: :ok, else: {:error, "is invalid"}
  end
end

defmodule UserForm do
  use Validate
  validate :name, required: true, length: [min: 2, max: 10]
  validate :email, required: true, format: ~r/@/
  validate :role, inclusion: [:admin, :user]
end

IO.inspect(UserForm.validations())
IO.inspect(UserForm.errors(%{name: "Al", email: "al@x.io", role: :user}))
IO.inspect(UserForm.valid?(%{name: "Al", email: "al@x.io", role: :user}))
IO.inspect(UserForm.errors(%{name: "A", email: "nope", role: :root}))
IO.inspect(UserForm.errors(%{}))
IO.inspect(UserForm.errors(%{name: "Abcdefghijklmnop", email: "a@b"}), label: "long")
