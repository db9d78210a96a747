# ExUnit.Callbacks: on_exit/2 at run time (setup/setup_all are macros of ExUnit.Case's module).
defmodule ExUnit.Callbacks do
  @doc "Registers a callback run after the test (or the module, from setup_all) has ended."
  def on_exit(name_or_ref \\ make_ref(), callback) when is_function(callback, 0) do
    case Process.get(:ex_unit_parent) do
      nil -> raise ArgumentError, "on_exit/2 callback can only be invoked from the test process"
      parent -> send(parent, {:ex_unit_on_exit, self(), name_or_ref, callback})
    end

    :ok
  end
end
