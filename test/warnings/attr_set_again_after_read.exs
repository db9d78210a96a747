defmodule Limits do
  @timeout 5000
  @retries 3
  def timeout, do: @timeout
  def retries, do: @retries

  # set again after the functions read it: this value is never used
  @timeout 10_000

  @base 10
  @base @base * 2
  def base, do: @base

  @step 1
  @step @step + 1
end

IO.inspect({Limits.timeout(), Limits.base()})
