# ExUnit's entry points: start/1 (configuration and the at-exit run), configure/1, run/0.
# The configuration and the registered test modules live in ExUnit.Server.
defmodule ExUnit do
  defmodule Test do
    @moduledoc false
    # one test: name is the function name (:"test foo"), module its case module
    defstruct [:name, :case, :module, :state, time: 0, tags: %{}, logs: ""]
  end

  defmodule TestModule do
    @moduledoc false
    defstruct [:file, :name, :state, tests: []]
  end

  defmodule DuplicateTestError do
    defexception [:message]
  end

  defmodule DuplicateDescribeError do
    defexception [:message]
  end

  defmodule TimeoutError do
    defexception [:timeout, :type]

    @impl true
    def message(%{timeout: timeout, type: type}) do
      """
      #{type} timed out after #{timeout}ms. You can change the timeout:

        1. per test by setting "@tag timeout: x" (accepts :infinity)
        2. per test module by setting "@moduletag timeout: x" (accepts :infinity)
        3. globally via "ExUnit.start(timeout: x)" configuration
        4. by running "mix test --timeout x" which sets timeout
        5. or by running "mix test --trace" which sets timeout to infinity
           (useful when using IEx.pry/0)

      where "x" is the timeout given as integer in milliseconds (defaults to 60_000).
      """
    end
  end

  @doc "Starts ExUnit; with autorun (the default) the suite runs when the script ends."
  def start(options \\ []) do
    # a configuration made before (kept by a server started on its own) goes to the application's
    early = ExUnit.Server.take_unsupervised()
    # (as Elixir's: the :ex_unit application is started, its master and ExUnit.Supervisor with
    # ExUnit.Server, ExUnit.CaptureServer and ExUnit.OnExitHandler under it)
    {:ok, _} = Application.ensure_all_started(:ex_unit)
    if early, do: ExUnit.Server.put_early_config(early)
    ExUnit.Server.load_app()
    configure(options)

    if Keyword.get(configuration(), :autorun, true) and not ExUnit.Server.autorun_registered?() do
      ExUnit.Server.set_autorun_registered()
      # (as Elixir's, which keeps a second start from registering the run again)
      ExUnit.Server.put_config(:autorun, false)

      System.at_exit(fn
        0 ->
          # (the time since the test modules started loading is reported as "on load")
          %{failures: failures} = run_suite(ExUnit.Server.modules_loaded())
          status = Keyword.get(configuration(), :exit_status, 2)
          System.at_exit(fn _ -> if failures > 0, do: exit({:shutdown, status}) end)

        _ ->
          :ok
      end)
    end

    :ok
  end

  @doc false
  # the :ex_unit application's callback: its supervision tree, as Elixir's
  def start(_type, []) do
    children = [ExUnit.Server, ExUnit.CaptureServer, ExUnit.OnExitHandler]
    Supervisor.start_link(children, strategy: :one_for_one, name: ExUnit.Supervisor)
  end

  def configure(options) do
    ExUnit.Server.ensure_started()
    # (kept as given, `exclude: :slow` too: the runner wraps them in lists)
    Enum.each(options, fn {k, v} -> ExUnit.Server.put_config(k, v) end)
  end

  @doc "Registers `fun` to run with the suite's result (%{total:, failures:, ...}) after the suite."
  def after_suite(fun) when is_function(fun) do
    # before ExUnit.start/1 the :ex_unit application is not loaded: Application.fetch_env!/2 raises
    unless ExUnit.Server.app_loaded?(), do: Application.fetch_env!(:ex_unit, :after_suite)
    configure(after_suite: [fun | Keyword.fetch!(configuration(), :after_suite)])
  end

  # as Elixir's: the seed and max_cases are put in front (Keyword.put), and with trace: true
  # max_cases reads 1 whatever was configured (configuring trace: false gives the value back)
  def configuration do
    ExUnit.Server.ensure_started()
    config = ExUnit.Server.config()
    max_cases = if config[:trace], do: 1, else: config[:max_cases]
    [max_cases: max_cases, seed: config[:seed]] ++ Keyword.drop(config, [:max_cases, :seed])
  end

  @doc """
  Runs the registered modules, and `additional_modules` (test modules run again, or not yet
  registered); returns %{total:, failures:, excluded:, skipped:}.
  """
  # (called by the script itself, the suite reports no time "on load", as Elixir's)
  def run(additional_modules \\ []) do
    ExUnit.Server.ensure_started()

    for module <- additional_modules do
      async? = Enum.member?(Keyword.get(module.__info__(:attributes), :ex_unit_async, []), true)
      ExUnit.Server.add_module(module, async?)
    end

    _ = ExUnit.Server.modules_loaded()
    run_suite(nil)
  end

  @doc "The plural of a test type's name in the summary (`property` -> `properties`), `word` + s unless registered."
  def plural_rule(word) when is_binary(word) do
    Map.get(Application.get_env(:ex_unit, :plural_rules, %{}), word, "#{word}s")
  end

  @doc "Registers the plural of a test type's name."
  def plural_rule(word, pluralization) when is_binary(word) and is_binary(pluralization) do
    plural_rules = Map.put(Application.get_env(:ex_unit, :plural_rules, %{}), word, pluralization)
    configure(plural_rules: plural_rules)
  end

  @doc "Starts running the suite in a Task; await_run/1 waits for its result."
  def async_run do
    ExUnit.Server.ensure_started()
    Task.async(fn -> run_suite(nil) end)
  end

  @doc "The result of a suite started by async_run/0."
  def await_run(task) do
    _ = ExUnit.Server.modules_loaded()
    Task.await(task, :infinity)
  end

  defp run_suite(load_us) do
    # the runner's list of failed tests is for `beamlet test --failed`
    ExUnit.Runner.run(configuration(), load_us) |> Map.take([:excluded, :failures, :skipped, :total])
  end

  @doc "The test's supervisor (started on first use), or :error outside a test process."
  def fetch_test_supervisor do
    case Process.get(:ex_unit_parent) do
      nil -> :error
      _parent -> {:ok, ExUnit.Callbacks.__test_supervisor__()}
    end
  end
end
