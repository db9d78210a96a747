// What UndefinedFunctionError's "Did you mean" hints (Exception.blame/3) choose from:
// :beamlet.bif_exports/1 the BIFs a module has; :beamlet.otp_exports/1 an Erlang module's exports
// in OTP 25's order (nil when not recorded); :beamlet.reference_exports/1 the public functions and
// macros Elixir 1.14 gives a module, less the deprecated ones (nil when not recorded), so internal
// helpers are never offered.
import { Atom, Term, atom, list, tuple, NIL_ATOM } from "../terms.ts";
import { defineBifs, bifsOfModule } from "./registry.ts";
import { otpExports } from "./otp_exports.ts";
import { elixirExports } from "../../compiler/warnings/elixir_exports.ts";
import { deprecationWarning } from "../../compiler/deprecations.ts";

function pairs(names: string[]): Term {
  return list(names.map((fa) => {
    const i = fa.lastIndexOf("/");
    return tuple(atom(fa.slice(0, i)), Number(fa.slice(i + 1)));
  }));
}

defineBifs("beamlet", {
  "bif_exports/1": ([m]: Term[]) =>
    m instanceof Atom ? list(bifsOfModule(m.name).filter((e) => !e.name.startsWith("MACRO-")).map((e) => tuple(atom(e.name), e.arity))) : list([]),
  "otp_exports/1": ([m]: Term[]) => (m instanceof Atom && Object.hasOwn(otpExports(), m.name) ? pairs(otpExports()[m.name]) : NIL_ATOM),
  "reference_exports/1": ([m]: Term[]) => {
    const key = m instanceof Atom && m.name.startsWith("Elixir.") ? m.name.slice(7) : undefined;
    if (key === undefined || !Object.hasOwn(elixirExports(), key)) return NIL_ATOM;
    // deprecated functions are never suggested (Elixir leaves out __info__(:deprecated))
    const live = elixirExports()[key].filter((fa) => {
      const i = fa.lastIndexOf("/");
      return deprecationWarning("Elixir." + key, fa.slice(0, i), Number(fa.slice(i + 1))) === undefined;
    });
    return pairs(live);
  },
});
