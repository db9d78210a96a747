defmodule Validator do
  defmacro __using__(_opts) do
    quote do
      import Validator, only: [validate: 2, validate: 3]
      Module.register_attribute(__MODULE__, :validations, accumulate: true)
      @before_compile Validator
    end
  end

  defmacro validate(field, rule, opts \\ []) do
    quote do
      @validations {unquote(field), unquote(rule), unquote(opts)}
    end
  end

  defmacro __before_compile__(env) do
    validations = Module.get_attribute(env.module, :validations) |> Enum.reverse()

    quote do
      def validations, do: unquote(Macro.escape(validations))

      def validate(params) do
        Enum.reduce(validations(), [], fn {field, rule, opts}, errors ->
          case Validator.check(rule, Map.get(params, field), opts) do
            :ok -> errors
            {:error, msg} -> [{field, msg} | errors]
          end
        end)
        |> Enum.reverse()
        |> case do
          [] -> {:ok, params}
          errs -> {:error, errs}
        end
      end
    end
  end

  def check(:required, nil, _), do: {:error, "is required"}
  def check(:required, "", _), do: {:error, "can't be blank"}
  def check(:required, _, _), do: :ok
  def check(:length, v, opts) when is_binary(v) do
    min = Keyword.get(opts, :min, 0)
    max = Keyword.get(opts, :max, :infinity)
    len = String.length(v)
    cond do
      len < min -> {:error, "should be at least #{min} character(s)"}
      max != :infinity and len > max -> {:error, "should be at most #{max} character(s)"}
      true -> :ok
    end
  end
  def check(:length, _, _), do: :ok
  def check(:format, v, opts) when is_binary(v) do
    if v =~ Keyword.fetch!(opts, :with), do: :ok, else: {:error, "has invalid format"}
  end
  def check(:format, _, _), do: :ok
  def check(:inclusion, v, opts) do
    if v in Keyword.fetch!(opts, :in), do: :ok, else: {:error, "is invalid"}
  end
end

defmodule UserForm do
  use Validator

  validate :name, :required
  validate :name, :length, min: 2, max: 10
  validate :email, :format, with: ~r/@/
  validate :role, :inclusion, in: [:admin, :user]
end

IO.inspect(UserForm.validations())
IO.inspect(UserForm.validate(%{name: "Al", email: "al@x.com", role: :admin}))
IO.inspect(UserForm.validate(%{name: "", email: "nope", role: :root}))
IO.inspect(UserForm.validate(%{name: "Bartholomew the Great", email: nil, role: :user}))
IO.inspect(UserForm.__info__(:functions))
