defmodule Company do
  defmodule Employee do
    defstruct [:name, :salary]
    def raise_salary(%__MODULE__{} = e, pct), do: %{e | salary: round(e.salary * (1 + pct / 100))}
  end

  defmodule Payroll do
    alias Company.Employee
    import Enum, only: [map: 2, sum: 1]
    def total(emps), do: emps |> map(& &1.salary) |> sum()
    def give_raise(emps, pct), do: map(emps, &Employee.raise_salary(&1, pct))
  end

  alias __MODULE__.{Employee, Payroll}
  def demo do
    staff = [%Employee{name: "a", salary: 1000}, %Employee{name: "b", salary: 2500}]
    {Payroll.total(staff), Payroll.total(Payroll.give_raise(staff, 10))}
  end
end

IO.inspect(Company.demo())
IO.inspect(Company.Employee.__struct__())
alias Company.Payroll, as: P
IO.inspect(function_exported?(P, :total, 1))
import String, only: [upcase: 1]
IO.inspect(upcase("imported"))
